using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.Areas.Staff.ViewModels.Pages;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Resilience;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Guidance pages: edit a draft, preview, publish or schedule it, and browse, compare and restore revisions (ADR 0010).</summary>
[Route("staff/pages")]
public sealed class PagesController(
    IPageAdministration administration, IPageDrafts drafts, IPagePublishing publishing, IPageReviews reviews, IPageRevisions revisions)
    : StaffControllerBase
{
    private const string ConflictMessage =
        "Someone else saved this page while you were editing it, so your changes were not saved. Your text is still in the form; the text saved now is beside it. Merge the two and save again.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new PageListViewModel(await administration.ListPagesAsync(cancellationToken)));

    [HttpGet("new")]
    public IActionResult New() => View(new NewPageInput());

    [HttpPost("new")]
    public async Task<IActionResult> New([Bind(Prefix = "")] NewPageInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var outcome = await administration.CreatePageAsync(input.ToNewPage(), cancellationToken);
        return this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Edit), new { id = outcome.Id }), onInvalid: () => View(input));
    }

    [HttpGet("reviews")]
    public async Task<IActionResult> Reviews(bool mine = false, CancellationToken cancellationToken = default)
    {
        var rows = await reviews.ReviewQueueAsync(mine, cancellationToken);
        return View(new ReviewQueueViewModel(rows, mine));
    }

    [HttpGet("{id:int}/settings")]
    public async Task<IActionResult> Settings(int id, CancellationToken cancellationToken)
    {
        var data = await drafts.GetEditorAsync(id, cancellationToken);
        return data is null
            ? NotFound()
            : View(new PageSettingsViewModel(data, PageSettingsInput.From(data.Facts), await administration.ListOwnersAsync(cancellationToken)));
    }

    [HttpPost("{id:int}/settings")]
    public async Task<IActionResult> Settings(int id, [Bind(Prefix = "Input")] PageSettingsInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // The rules' messages too, for the fields the binder did not refuse: every error on the first try.
            this.AddMissingErrors(await administration.ValidateSettingsAsync(input.ToSettings(), cancellationToken), "Input");
            return await SettingsAgainAsync(id, input, cancellationToken);
        }

        // A conflict is shown like a refusal: the form again, with the message and the settings' version saved now.
        return await this.ToResultAsync(
            await administration.SaveSettingsAsync(id, input.ToSettings(), input.PageVersion, cancellationToken),
            onDone: () => RedirectToAction(nameof(Settings), new { id }),
            onInvalid: () => SettingsAgainAsync(id, input, cancellationToken),
            prefix: "Input");
    }

    private async Task<IActionResult> SettingsAgainAsync(int id, PageSettingsInput input, CancellationToken cancellationToken)
    {
        var data = await drafts.GetEditorAsync(id, cancellationToken);
        if (data is null)
        {
            return NotFound();
        }

        // A conflict shows the settings saved now, so the next save is based on them.
        ModelState.Remove("Input." + nameof(PageSettingsInput.PageVersion));
        input.PageVersion = data.Facts.PageVersion;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new PageSettingsViewModel(data, input, await administration.ListOwnersAsync(cancellationToken)));
    }

    /// <summary>A reload of the address a refused retirement was shown at opens the settings it came from.</summary>
    [HttpGet("{id:int}/retire")]
    public IActionResult RetireReloaded(int id) => RedirectToAction(nameof(Settings), new { id });

    [HttpPost("{id:int}/retire")]
    public async Task<IActionResult> Retire(int id, string? redirectTo, string pageVersion, CancellationToken cancellationToken)
    {
        // A busy database saved nothing: the settings again with the address as typed (ADR 0104).
        BusyFormFilter.ShowFormAgainWhenBusy(this, () => RetireAgainAsync(id, redirectTo, cancellationToken));
        var outcome = await administration.RetireAsync(id, redirectTo, pageVersion ?? string.Empty, cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: () => RedirectToAction(nameof(Settings), new { id }),
            onInvalid: () => RetireAgainAsync(id, redirectTo, cancellationToken),
            onConflict: this.RefusedTo(outcome, () => RedirectToAction(nameof(Settings), new { id })));
    }

    /// <summary>The settings again with the retire form's address as typed (the message is under the field or at the top).</summary>
    private async Task<IActionResult> RetireAgainAsync(int id, string? redirectTo, CancellationToken cancellationToken)
    {
        var data = await drafts.GetEditorAsync(id, cancellationToken);
        return data is null
            ? NotFound()
            : View(nameof(Settings), new PageSettingsViewModel(data, PageSettingsInput.From(data.Facts), await administration.ListOwnersAsync(cancellationToken), redirectTo));
    }

    [HttpPost("{id:int}/reinstate")]
    public async Task<IActionResult> Reinstate(int id, string pageVersion, CancellationToken cancellationToken) =>
        this.ToResult(await administration.ReinstateAsync(id, pageVersion ?? string.Empty, cancellationToken), onDone: () => RedirectToAction(nameof(Settings), new { id }));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var data = await drafts.GetEditorAsync(id, cancellationToken);
        return data is null ? NotFound() : View(new PageEditorViewModel(id, data.Slug, PageEditorViewModel.InputFrom(data), data));
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] PageEditInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await EditorTypedAgainAsync(id, input, cancellationToken);
        }

        // A draft the rules refuse (a section's sources or cycle) comes back as typed, not flashed away (ADR 0117).
        var outcome = await drafts.SaveDraftAsync(id, input.ToContent(), input.BaseVersion, cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: () => RedirectToAction(nameof(Edit), new { id }),
            onInvalid: () => EditorTypedAgainAsync(id, input, cancellationToken),
            onConflict: () => Task.FromResult<IActionResult>(EditorConflict(id, input, outcome.Value!)));
    }

    /// <summary>
    /// "Move up" / "Move down" without script: the editor form posts here with every field, so typed text is kept
    /// and saved with the new order, guarded like a save; back to the moved section (PRG).
    /// </summary>
    [HttpPost("{id:int}/sections/{row:int}/move/{direction:regex(^(up|down)$)}")]
    public async Task<IActionResult> Move(
        int id, int row, MoveDirection direction, [Bind(Prefix = "Input")] PageEditInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await EditorTypedAgainAsync(id, input, cancellationToken);
        }

        var content = input.ToContent();
        var index = input.ContentIndexOf(row);
        var outcome = await drafts.MoveSectionAsync(id, content, index, direction, input.BaseVersion, cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: () => RedirectToAction(
                nameof(Edit), null, new { id }, PageEditorViewModel.SectionAnchor(ListMoves.TargetOf(content.Sections.Count, index, direction) ?? index)),
            // A move that cannot be made (already first or last): the form again, as typed, with the reason.
            onInvalid: () => EditorTypedAgainAsync(id, input, cancellationToken),
            onConflict: () => Task.FromResult<IActionResult>(EditorConflict(id, input, outcome.Value!)));
    }

    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken)
    {
        var preview = await drafts.PreviewAsync(id, cancellationToken);
        if (preview is null)
        {
            return NotFound();
        }

        var editor = await drafts.GetEditorAsync(id, cancellationToken);
        return View(new PagePreviewViewModel(preview, editor?.Facts.AwaitingFirstPublication == true));
    }

    /// <summary>A reload of the address a refused publish or schedule was shown at opens the editor it came from.</summary>
    [HttpGet("{id:int}/publish")]
    [HttpGet("{id:int}/schedule")]
    public IActionResult PublishReloaded(int id) => RedirectToAction(nameof(Edit), new { id });

    /// <summary>
    /// Publishes the draft. Refused (a busy database, ADR 0104, or a rule such as the second approver's, ADR 0117), the
    /// editor comes back with the note as typed; a stale version is flashed on the editor as saved now.
    /// </summary>
    [HttpPost("{id:int}/publish")]
    public async Task<IActionResult> Publish(int id, string baseVersion, string? changeNote, CancellationToken cancellationToken)
    {
        Task<IActionResult> Again() => EditorAgainAsync(id, editor => editor with { PublishNoteTyped = changeNote }, cancellationToken);
        BusyFormFilter.ShowFormAgainWhenBusy(this, Again);
        return await ToEditorOrAgainAsync(id, await publishing.PublishAsync(id, baseVersion ?? string.Empty, changeNote, cancellationToken), Again);
    }

    /// <summary>
    /// Schedules the draft (an empty time cancels the schedule). Refused (a busy database, a time the binder could not read
    /// or a note too long, a time that does not exist in the society's zone, ADR 0117), the editor comes back with the
    /// time and note as typed, the message under the field; nothing is changed.
    /// </summary>
    [HttpPost("{id:int}/schedule")]
    public async Task<IActionResult> Schedule(int id, ScheduleInput input, CancellationToken cancellationToken)
    {
        Task<IActionResult> Again() => EditorAgainAsync(id, editor => editor with { ScheduleTyped = input }, cancellationToken);
        BusyFormFilter.ShowFormAgainWhenBusy(this, Again);
        if (!ModelState.IsValid)
        {
            // An unreadable time binds as none, which would cancel the schedule: show it again instead.
            return this.FormAgain(await Again());
        }

        return await ToEditorOrAgainAsync(
            id, await publishing.ScheduleAsync(id, input.PublishAt, input.ChangeNote, input.BaseVersion ?? string.Empty, cancellationToken), Again);
    }

    [HttpPost("{id:int}/discard")]
    public async Task<IActionResult> Discard(int id, string baseVersion, CancellationToken cancellationToken) =>
        BackToEditor(id, await drafts.DiscardDraftAsync(id, baseVersion ?? string.Empty, cancellationToken));

    /// <summary>A reload of the address a refused review was shown at opens the editor it came from.</summary>
    [HttpGet("{id:int}/reviewed")]
    public IActionResult ReviewedReloaded(int id) => RedirectToAction(nameof(Edit), new { id });

    [HttpPost("{id:int}/reviewed")]
    public async Task<IActionResult> Reviewed(int id, [Bind(Prefix = "Review")] ReviewFormInput review, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var data = await drafts.GetEditorAsync(id, cancellationToken);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return data is null ? NotFound() : View(nameof(Edit), new PageEditorViewModel(id, data.Slug, PageEditorViewModel.InputFrom(data), data) { Review = review });
        }

        return BackToEditor(id, await reviews.MarkReviewedAsync(id, review.ToReview(), cancellationToken));
    }

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(int id, CancellationToken cancellationToken)
    {
        var history = await revisions.GetHistoryAsync(id, cancellationToken);
        return history is null ? NotFound() : View(new PageHistoryViewModel(history));
    }

    [HttpGet("{id:int}/history/compare")]
    public async Task<IActionResult> Compare(int id, int from, int to, CancellationToken cancellationToken)
    {
        var comparison = await revisions.CompareAsync(id, from, to, cancellationToken);
        return comparison is null ? NotFound() : View(new RevisionCompareViewModel(comparison));
    }

    [HttpGet("{id:int}/history/{number:int}/restore")]
    public async Task<IActionResult> Restore(int id, int number, CancellationToken cancellationToken)
    {
        var preview = await revisions.PreviewRestoreAsync(id, number, cancellationToken);
        return preview is null ? NotFound() : View(new RestorePreviewViewModel(preview));
    }

    [HttpPost("{id:int}/history/{number:int}/restore")]
    public async Task<IActionResult> Restore(int id, int number, string baseVersion, CancellationToken cancellationToken) =>
        BackToEditor(id, await revisions.RestoreAsync(id, number, baseVersion ?? string.Empty, cancellationToken));

    /// <summary>The editor again with the draft as typed (<paramref name="input"/>), beside what is saved; the messages are in ModelState.</summary>
    private async Task<IActionResult> EditorTypedAgainAsync(int id, PageEditInput input, CancellationToken cancellationToken)
    {
        var saved = await drafts.GetEditorAsync(id, cancellationToken);
        return saved is null ? NotFound() : View(nameof(Edit), new PageEditorViewModel(id, saved.Slug, input, saved));
    }

    /// <summary>The editor again after someone else saved first: their text kept, the next save based on what is saved now.</summary>
    private ViewResult EditorConflict(int id, PageEditInput input, PageEditorData current)
    {
        ModelState.Remove("Input." + nameof(PageEditInput.BaseVersion));
        input.BaseVersion = current.VersionToken;
        ModelState.AddModelError(string.Empty, ConflictMessage);
        return View(nameof(Edit), new PageEditorViewModel(id, current.Slug, input, current, current.Content));
    }

    /// <summary>
    /// The editor again as saved, with the publish or schedule form as typed (<paramref name="typed"/>): a write that found
    /// the database busy saved nothing (ADR 0104), or the rules refused the form (ADR 0117); the messages are in ModelState.
    /// </summary>
    private async Task<IActionResult> EditorAgainAsync(int id, Func<PageEditorViewModel, PageEditorViewModel> typed, CancellationToken cancellationToken)
    {
        var data = await drafts.GetEditorAsync(id, cancellationToken);
        return data is null ? NotFound() : View(nameof(Edit), typed(new PageEditorViewModel(id, data.Slug, PageEditorViewModel.InputFrom(data), data)));
    }

    /// <summary>Post-redirect-get for the small actions: the outcome's message is flashed (a conflict or a refusal too), back to the editor.</summary>
    private IActionResult BackToEditor(int id, Outcome outcome) =>
        this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Edit), new { id }));

    /// <summary>
    /// Back to the editor after a publish or schedule; a refusal shows the form again as typed (<paramref name="again"/>,
    /// status 400), a stale version is flashed on the editor as saved now (showing the stale form again would only conflict).
    /// </summary>
    private Task<IActionResult> ToEditorOrAgainAsync(int id, Outcome outcome, Func<Task<IActionResult>> again) =>
        this.ToResultAsync(
            outcome,
            onDone: () => RedirectToAction(nameof(Edit), new { id }),
            onInvalid: again,
            onConflict: this.RefusedTo(outcome, () => RedirectToAction(nameof(Edit), new { id })));
}
