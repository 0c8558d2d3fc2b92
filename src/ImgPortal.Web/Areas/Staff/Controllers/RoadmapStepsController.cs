using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.ViewModels.Staff;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// The roadmap's steps: list, add, edit, delete; a stale form is refused as a conflict. The key is set once;
/// every change recomputes members' stored stages (in the service).
/// </summary>
[Route("staff/roadmap-steps")]
public sealed class RoadmapStepsController(IRecordEditingService records) : StaffControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new RoadmapStepListViewModel(await records.ListRoadmapStepsAsync(cancellationToken)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (id == 0)
        {
            return View(new RoadmapStepEditViewModel(new RoadmapStepInput()));
        }

        var record = await records.GetRoadmapStepAsync(id, cancellationToken);
        return record is null ? NotFound() : View(new RoadmapStepEditViewModel(RoadmapStepInput.From(record)));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] RoadmapStepInput input, CancellationToken cancellationToken)
    {
        input.Id = id;
        if (!ModelState.IsValid)
        {
            return View(new RoadmapStepEditViewModel(input));
        }

        switch (await records.SaveRoadmapStepAsync(input.ToRecord(), cancellationToken))
        {
            case RecordStatus.Saved:
                Flash($"Saved {input.Title}. Members' stages were brought up to date.");
                return RedirectToAction(nameof(Index));
            case RecordStatus.Duplicate:
                ModelState.AddModelError("Input.Key", "Another step already has this key.");
                return View(new RoadmapStepEditViewModel(input));
            default:
                var current = await records.GetRoadmapStepAsync(id, cancellationToken);
                if (current is null)
                {
                    Flash("Someone else deleted that record; your changes were not saved.");
                    return RedirectToAction(nameof(Index));
                }

                ModelState.Remove("Input.Version");
                ModelState.Remove("Input.Key");
                input.Version = current.Version;
                input.Key = current.Key;
                ModelState.AddModelError(string.Empty, "Someone else changed this step while you were editing, so nothing was saved. Your values are in the form; the saved ones are shown below. Save again to keep yours.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(new RoadmapStepEditViewModel(input, current));
        }
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, Guid version, CancellationToken cancellationToken)
    {
        Flash(await records.DeleteRoadmapStepAsync(id, version, cancellationToken) switch
        {
            RecordStatus.Saved => "Deleted, with members' own states for it; their stages were brought up to date. The audit trail keeps what it held.",
            RecordStatus.NotFound => "That record was already deleted.",
            _ => "Someone else changed that record since you opened the list; nothing was deleted.",
        });
        return RedirectToAction(nameof(Index));
    }
}
