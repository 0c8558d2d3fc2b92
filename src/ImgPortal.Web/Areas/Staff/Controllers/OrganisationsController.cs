using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.ViewModels.Staff;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Organisations IMGs deal with: list, add, edit, delete; a stale form is refused as a conflict.</summary>
[Route("staff/organisations")]
public sealed class OrganisationsController(IRecordEditingService records) : StaffControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new OrganisationListViewModel(await records.ListOrganisationsAsync(cancellationToken)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (id == 0)
        {
            return View(new OrganisationEditViewModel(new OrganisationInput()));
        }

        var record = await records.GetOrganisationAsync(id, cancellationToken);
        return record is null ? NotFound() : View(new OrganisationEditViewModel(OrganisationInput.From(record)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] OrganisationInput input, CancellationToken cancellationToken)
    {
        input.Id = id;
        if (!ModelState.IsValid)
        {
            return View(new OrganisationEditViewModel(input));
        }

        switch (await records.SaveOrganisationAsync(input.ToRecord(), cancellationToken))
        {
            case RecordStatus.Saved:
                Flash($"Saved {input.Name}.");
                return RedirectToAction(nameof(Index));
            default:
                var current = await records.GetOrganisationAsync(id, cancellationToken);
                if (current is null)
                {
                    Flash("Someone else deleted that record; your changes were not saved.");
                    return RedirectToAction(nameof(Index));
                }

                ModelState.Remove("Input.Version");
                input.Version = current.Version;
                ModelState.AddModelError(string.Empty, "Someone else changed this organization while you were editing, so nothing was saved. Your values are in the form; the saved ones are shown below. Save again to keep yours.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(new OrganisationEditViewModel(input, current));
        }
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, Guid version, CancellationToken cancellationToken)
    {
        Flash(await records.DeleteOrganisationAsync(id, version, cancellationToken) switch
        {
            RecordStatus.Saved => "Deleted. The audit trail keeps what it held.",
            RecordStatus.NotFound => "That record was already deleted.",
            _ => "Someone else changed that record since you opened the list; nothing was deleted.",
        });
        return RedirectToAction(nameof(Index));
    }
}
