using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.ViewModels.Staff;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Guidance pages: edit a draft, preview, publish or schedule it, and browse, compare and restore revisions (ADR 0010).</summary>
[Route("staff/pages")]
public sealed class PagesController(IPageEditingService pages) : StaffControllerBase
{
    private const string ConflictMessage =
        "Someone else saved this page while you were editing it, so your changes were not saved. Your text is still in the form; the text saved now is beside it. Merge the two and save again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PageListViewModel(await pages.ListPagesAsync(cancellationToken)));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var data = await pages.GetEditorAsync(id, cancellationToken);
        return data is null ? NotFound() : View(new PageEditorViewModel(id, data.Slug, PageEditorViewModel.InputFrom(data), data));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] PageEditInput input, CancellationToken cancellationToken)
    {
        var saved = await pages.GetEditorAsync(id, cancellationToken);
        if (saved is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(new PageEditorViewModel(id, saved.Slug, input, saved));
        }

        var result = await pages.SaveDraftAsync(id, input.ToContent(), input.BaseVersion, cancellationToken);
        switch (result.Status)
        {
            case EditStatus.Done:
                Flash("Draft saved. Visitors still see the published page until you publish it.");
                return RedirectToAction(nameof(Edit), new { id });
            case EditStatus.Conflict:
                // Keep their text; base the next save on what is saved now, so saving the merge succeeds.
                var current = result.Current!;
                ModelState.Remove("Input." + nameof(PageEditInput.BaseVersion));
                input.BaseVersion = current.VersionToken;
                ModelState.AddModelError(string.Empty, ConflictMessage);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return View(new PageEditorViewModel(id, current.Slug, input, current, current.Content));
            default:
                return NotFound();
        }
    }

    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var data = await pages.GetEditorAsync(id, cancellationToken);
        var preview = await pages.PreviewAsync(id, cancellationToken);
        return data is null || preview is null ? NotFound() : View(new PagePreviewViewModel(id, preview, data.HasDraft));
    }

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, string baseVersion, CancellationToken cancellationToken)
    {
        var result = await pages.PublishAsync(id, baseVersion ?? string.Empty, cancellationToken);
        return Done(id, result, result.RevisionNumber is { } number
            ? $"Published: visitors now see this version (revision {number})."
            : "Published.");
    }

    [HttpPost("{id:int}/schedule")]
    public async Task<IActionResult> Schedule(int id, ScheduleInput input, CancellationToken cancellationToken)
    {
        var result = await pages.ScheduleAsync(id, input.PublishAtUtc, input.BaseVersion ?? string.Empty, cancellationToken);
        return Done(id, result, input.PublishAtUtc is { } at
            ? $"The draft will be published at {at:yyyy-MM-dd HH:mm} UTC."
            : "The draft is no longer scheduled.");
    }

    [HttpPost("{id:int}/discard")]
    public async Task<IActionResult> Discard(int id, string baseVersion, CancellationToken cancellationToken) =>
        Done(id, await pages.DiscardDraftAsync(id, baseVersion ?? string.Empty, cancellationToken), "Draft discarded. The published page is unchanged.");

    [HttpPost("{id:int}/reviewed")]
    public async Task<IActionResult> Reviewed(int id, CancellationToken cancellationToken) =>
        Done(id, await pages.MarkReviewedAsync(id, cancellationToken), "Marked as reviewed today.");

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken)
    {
        var history = await pages.GetHistoryAsync(id, cancellationToken);
        return history is null ? NotFound() : View(new PageHistoryViewModel(history));
    }

    [HttpGet("{id:int}/history/compare")]
    public async Task<IActionResult> Compare(int id, int from, int to, CancellationToken cancellationToken)
    {
        var comparison = await pages.CompareAsync(id, from, to, cancellationToken);
        return comparison is null ? NotFound() : View(new RevisionCompareViewModel(comparison));
    }

    [HttpPost("{id:int}/history/{number:int}/restore")]
    public async Task<IActionResult> Restore(int id, int number, string baseVersion, CancellationToken cancellationToken) =>
        Done(id, await pages.RestoreAsync(id, number, baseVersion ?? string.Empty, cancellationToken),
            $"Revision {number} copied into the draft. Check it, then publish it.");

    /// <summary>Post-redirect-get for the small actions: a flash message for each outcome, back to the editor.</summary>
    private IActionResult Done(int id, EditResult result, string success)
    {
        switch (result.Status)
        {
            case EditStatus.NotFound:
                return NotFound();
            case EditStatus.Done:
                Flash(success);
                break;
            case EditStatus.NoDraft:
                Flash("There is no draft: save your changes first.");
                break;
            default:
                Flash("Nothing was changed: someone else saved this page since you opened it. Check the draft below and try again.");
                break;
        }

        return RedirectToAction(nameof(Edit), new { id });
    }
}
