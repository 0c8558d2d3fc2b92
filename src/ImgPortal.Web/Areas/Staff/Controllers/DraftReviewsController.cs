using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.Areas.Staff.ViewModels.Pages;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Resilience;
using ImgPortal.Web.ViewModels.Shared;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// "Send for review" (ADR 0093): ask a colleague to review a page's draft, comment on it, and the reviewer's approval
/// or return. Each action flashes what happened and goes back to the draft's review panel (post-redirect-get). A
/// refused comment, approval or return shows the draft page again with the error summary and the comment as typed
/// (ADR 0102).
/// </summary>
[Route("staff/pages/{id:int}/draft-review")]
public sealed class DraftReviewsController(IDraftReviews reviews, IPageDrafts drafts) : StaffControllerBase
{
    [HttpPost("")]
    public async Task<IActionResult> Send(int id, string? reviewerUserId, string? note, CancellationToken cancellationToken)
    {
        ShowDraftAgainWhenBusy(id, new DraftReviewTyped(DraftReviewTyped.SendField, note, string.Empty, reviewerUserId), cancellationToken);
        return await ShownAgainWhenRefusedAsync(
            id, await reviews.SendAsync(id, reviewerUserId, note, cancellationToken), DraftReviewTyped.SendField, note, cancellationToken, reviewerUserId);
    }

    [HttpPost("comments")]
    public async Task<IActionResult> Comment(int id, string? comment, CancellationToken cancellationToken)
    {
        ShowDraftAgainWhenBusy(id, new DraftReviewTyped(DraftReviewTyped.CommentField, comment, string.Empty), cancellationToken);
        return await ShownAgainWhenRefusedAsync(id, await reviews.CommentAsync(id, comment, cancellationToken), DraftReviewTyped.CommentField, comment, cancellationToken);
    }

    [HttpPost("approve")]
    public async Task<IActionResult> Approve(int id, string? baseVersion, string? comment, CancellationToken cancellationToken)
    {
        ShowDraftAgainWhenBusy(id, new DraftReviewTyped(DraftReviewTyped.ApproveField, comment, string.Empty), cancellationToken);
        return await ShownAgainWhenRefusedAsync(
            id, await reviews.ApproveAsync(id, baseVersion ?? string.Empty, comment, cancellationToken), DraftReviewTyped.ApproveField, comment, cancellationToken);
    }

    [HttpPost("return")]
    public async Task<IActionResult> Return(int id, string? comment, CancellationToken cancellationToken)
    {
        ShowDraftAgainWhenBusy(id, new DraftReviewTyped(DraftReviewTyped.ReturnField, comment, string.Empty), cancellationToken);
        return await ShownAgainWhenRefusedAsync(id, await reviews.ReturnAsync(id, comment, cancellationToken), DraftReviewTyped.ReturnField, comment, cancellationToken);
    }

    /// <summary>A write that finds the database busy saves nothing: the draft page again with the form as typed (ADR 0104).</summary>
    private void ShowDraftAgainWhenBusy(int id, DraftReviewTyped typed, CancellationToken cancellationToken) =>
        BusyFormFilter.ShowFormAgainWhenBusy(this, () => DraftAgainAsync(id, typed, cancellationToken));

    /// <summary>The draft page (the page editor) with the review panel's <paramref name="typed"/> form as it was typed.</summary>
    private async Task<IActionResult> DraftAgainAsync(int id, DraftReviewTyped typed, CancellationToken cancellationToken)
    {
        var data = await drafts.GetEditorAsync(id, cancellationToken);
        return data is null
            ? NotFound()
            : View("~/Areas/Staff/Views/Pages/Edit.cshtml", new PageEditorViewModel(id, data.Slug, PageEditorViewModel.InputFrom(data), data) { ReviewTyped = typed });
    }

    /// <summary>
    /// Back to the draft's review panel after a success; a refusal shows the draft page again (400): the error summary at the top links
    /// to the comment box <paramref name="field"/>, which keeps <paramref name="comment"/> (and, for "Send for review", the
    /// colleague chosen, <paramref name="reviewerUserId"/>). A conflict (the draft saved meanwhile) is still flashed: the
    /// page it lands on shows the draft as it is now.
    /// </summary>
    private async Task<IActionResult> ShownAgainWhenRefusedAsync(
        int id, Outcome outcome, string field, string? comment, CancellationToken cancellationToken, string? reviewerUserId = null) =>
        await this.ToResultAsync(
            outcome,
            onDone: () => RedirectToAction(nameof(PagesController.Edit), "Pages", new { id }, "draft-review"),
            onInvalid: () =>
            {
                ErrorSummaryTargets.Link(ViewData, DraftReviewTyped.Key, field);
                var fieldError = outcome.Errors.FirstOrDefault(e => e.Field == DraftReviewTyped.Key)?.Message ?? string.Empty;
                return DraftAgainAsync(id, new DraftReviewTyped(field, comment, fieldError, reviewerUserId), cancellationToken);
            },
            onConflict: this.RefusedTo(outcome, () => RedirectToAction(nameof(PagesController.Edit), "Pages", new { id }, "draft-review")));
}
