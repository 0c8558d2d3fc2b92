using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.Extensions;
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
        if (!ModelState.IsValid)
        {
            var saved = await pages.GetEditorAsync(id, cancellationToken);
            return saved is null ? NotFound() : View(new PageEditorViewModel(id, saved.Slug, input, saved));
        }

        var outcome = await pages.SaveDraftAsync(id, input.ToContent(), input.BaseVersion, cancellationToken);
        return this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(Edit), new { id }),
            onConflict: () =>
            {
                // Keep their text; base the next save on what is saved now, so saving the merge succeeds.
                var current = outcome.Value!;
                ModelState.Remove("Input." + nameof(PageEditInput.BaseVersion));
                input.BaseVersion = current.VersionToken;
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return View(new PageEditorViewModel(id, current.Slug, input, current, current.Content));
            });
    }

    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var preview = await pages.PreviewAsync(id, cancellationToken);
        return preview is null ? NotFound() : View(new PagePreviewViewModel(preview));
    }

    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, string baseVersion, CancellationToken cancellationToken) =>
        BackToEditor(id, await pages.PublishAsync(id, baseVersion ?? string.Empty, cancellationToken));

    [HttpPost("{id:int}/schedule")]
    public async Task<IActionResult> Schedule(int id, ScheduleInput input, CancellationToken cancellationToken) =>
        BackToEditor(id, await pages.ScheduleAsync(id, input.PublishAtUtc, input.BaseVersion ?? string.Empty, cancellationToken));

    [HttpPost("{id:int}/discard")]
    public async Task<IActionResult> Discard(int id, string baseVersion, CancellationToken cancellationToken) =>
        BackToEditor(id, await pages.DiscardDraftAsync(id, baseVersion ?? string.Empty, cancellationToken));

    [HttpPost("{id:int}/reviewed")]
    public async Task<IActionResult> Reviewed(int id, CancellationToken cancellationToken) =>
        BackToEditor(id, await pages.MarkReviewedAsync(id, cancellationToken));

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
        BackToEditor(id, await pages.RestoreAsync(id, number, baseVersion ?? string.Empty, cancellationToken));

    /// <summary>Post-redirect-get for the small actions: the outcome's message is flashed (a conflict or a refusal too), back to the editor.</summary>
    private IActionResult BackToEditor(int id, Core.Common.Outcome outcome) =>
        this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Edit), new { id }));
}
