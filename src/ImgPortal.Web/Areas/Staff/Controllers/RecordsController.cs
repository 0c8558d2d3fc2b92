using ImgPortal.Core.Records;
using ImgPortal.Web.Areas.Staff.ViewModels.Records;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Resilience;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// The one editor flow for every structured-record type (ADR 0012): <c>/staff/{type}</c> lists, <c>/staff/{type}/0</c>
/// adds, <c>/staff/{type}/{id}</c> edits (a stale form is refused as a conflict showing both versions), and
/// <c>/staff/{type}/{id}/delete</c> asks before deleting. The type (<see cref="RecordType"/>) says what is its own.
/// </summary>
[Route("staff/{type:" + Routing.RecordTypeRouteConstraint.Name + "}")]
public sealed class RecordsController(RecordCatalog catalog, IRecordEditingService records) : StaffControllerBase
{
    private const string Prefix = "Input";

    [HttpGet("")]
    public async Task<IActionResult> Index(string type, int page = 1, CancellationToken cancellationToken = default)
    {
        var recordType = catalog.Find(type);
        return recordType is null ? NotFound() : View(new RecordListViewModel(recordType, await records.ListAsync(recordType, page, cancellationToken)));
    }

    /// <summary>The organizations list's address before the portal's addresses took US spelling; old bookmarks still work.</summary>
    [HttpGet("~/staff/organisations/{**rest}")]
    public IActionResult FormerOrganizationsAddress() =>
        RedirectToActionPermanent(nameof(Index), new { type = Core.Records.Organizations.OrganizationRecordType.SlugValue });

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(string type, int id, CancellationToken cancellationToken)
    {
        var recordType = catalog.Find(type);
        if (recordType is null)
        {
            return NotFound();
        }

        if (id == 0)
        {
            return View(new RecordEditViewModel(recordType, 0, Guid.Empty, recordType.NewTitle, Typed(records.NewValues(recordType))));
        }

        var record = await records.GetAsync(recordType, id, cancellationToken);
        return record is null ? NotFound() : View(new RecordEditViewModel(recordType, id, record.Version, $"Edit {record.Title}", Typed(record.Values)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(
        string type, int id, [Bind(Prefix = Prefix)] Dictionary<string, string?> input, CancellationToken cancellationToken)
    {
        var recordType = catalog.Find(type);
        if (recordType is null)
        {
            return NotFound();
        }

        var version = Guid.TryParse(input.GetValueOrDefault(nameof(RecordView.Version)), out var parsed) ? parsed : Guid.Empty;

        // Another writer holding the database's lock past Database:BusyTimeoutSeconds: the form again, as typed (503).
        BusyFormFilter.ShowFormAgainWhenBusy(this, async () => View(new RecordEditViewModel(
            recordType, id, version, id == 0 ? recordType.NewTitle : $"Edit {(await records.GetAsync(recordType, id, cancellationToken))?.Title}", input)));
        var outcome = await records.SaveAsync(recordType, new RecordInput(id, version, input), cancellationToken);
        var heading = outcome.Succeeded || id == 0 ? recordType.NewTitle : $"Edit {(await records.GetAsync(recordType, id, cancellationToken))?.Title}";
        return this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(Index), new { type = recordType.Slug }),
            onInvalid: () => View(new RecordEditViewModel(recordType, id, version, heading, input)),
            onConflict: () =>
            {
                if (outcome.Value is not { } current)
                {
                    this.FlashRefusal(outcome.Message);
                    return RedirectToAction(nameof(Index), new { type = recordType.Slug });
                }

                // Fields fixed once created keep their saved value; everything else keeps what was typed.
                var values = new Dictionary<string, string?>(input);
                foreach (var field in recordType.Fields.Where(f => f.FixedOnceCreated))
                {
                    values[field.Name] = current.Values[field.Name];
                }

                return View(new RecordEditViewModel(recordType, id, current.Version, $"Edit {current.Title}", values, current, outcome.Message));
            },
            prefix: Prefix);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(string type, int id, CancellationToken cancellationToken)
    {
        var recordType = catalog.Find(type);
        var record = recordType is null ? null : await records.GetAsync(recordType, id, cancellationToken);
        return record is null ? NotFound() : View(new RecordDeleteViewModel(recordType!, record));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(string type, int id, Guid version, CancellationToken cancellationToken)
    {
        var recordType = catalog.Find(type);
        if (recordType is null)
        {
            return NotFound();
        }

        var outcome = await records.DeleteAsync(recordType, id, version, cancellationToken);
        return this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Index), new { type = recordType.Slug }));
    }

    private static Dictionary<string, string?> Typed(IReadOnlyDictionary<string, string> values) =>
        values.ToDictionary(v => v.Key, string? (v) => v.Value);
}
