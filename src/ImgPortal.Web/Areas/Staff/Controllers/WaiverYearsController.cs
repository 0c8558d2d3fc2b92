using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.ViewModels.Staff;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>J-1 waiver program figures by year: list, add, edit, delete; a stale form is refused as a conflict.</summary>
[Route("staff/waiver-years")]
public sealed class WaiverYearsController(IRecordEditingService records) : StaffControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new WaiverYearListViewModel(await records.ListWaiverYearsAsync(cancellationToken)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (id == 0)
        {
            return View(new WaiverYearEditViewModel(new WaiverYearInput { Year = DateTime.UtcNow.Year }));
        }

        var record = await records.GetWaiverYearAsync(id, cancellationToken);
        return record is null ? NotFound() : View(new WaiverYearEditViewModel(WaiverYearInput.From(record)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] WaiverYearInput input, CancellationToken cancellationToken)
    {
        input.Id = id;
        if (!ModelState.IsValid)
        {
            return View(new WaiverYearEditViewModel(input));
        }

        switch (await records.SaveWaiverYearAsync(input.ToRecord(), cancellationToken))
        {
            case RecordStatus.Saved:
                Flash($"Saved {input.ProgramName} {input.Year}.");
                return RedirectToAction(nameof(Index));
            case RecordStatus.Duplicate:
                ModelState.AddModelError("Input.Year", "This program already has figures for that year.");
                return View(new WaiverYearEditViewModel(input));
            default:
                var current = await records.GetWaiverYearAsync(id, cancellationToken);
                if (current is null)
                {
                    Flash("Someone else deleted that record; your changes were not saved.");
                    return RedirectToAction(nameof(Index));
                }

                ModelState.Remove("Input.Version");
                input.Version = current.Version;
                ModelState.AddModelError(string.Empty, "Someone else changed these figures while you were editing, so nothing was saved. Your values are in the form; the saved ones are shown below. Save again to keep yours.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(new WaiverYearEditViewModel(input, current));
        }
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, Guid version, CancellationToken cancellationToken)
    {
        Flash(await records.DeleteWaiverYearAsync(id, version, cancellationToken) switch
        {
            RecordStatus.Saved => "Deleted. The audit trail keeps what it held.",
            RecordStatus.NotFound => "That record was already deleted.",
            _ => "Someone else changed that record since you opened the list; nothing was deleted.",
        });
        return RedirectToAction(nameof(Index));
    }
}
