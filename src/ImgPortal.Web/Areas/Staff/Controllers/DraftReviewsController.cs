using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// "Send for review" (ADR 0093): ask a colleague to review a page's draft, comment on it, and the reviewer's approval
/// or return. Each action flashes what happened and goes back to the draft's review panel (post-redirect-get).
/// </summary>
[Route("staff/pages/{id:int}/draft-review")]
public sealed class DraftReviewsController(IDraftReviews reviews) : StaffControllerBase
{
    [HttpPost("")]
    public async Task<IActionResult> Send(int id, string? reviewerUserId, string? note, CancellationToken cancellationToken) =>
        BackToDraft(id, await reviews.SendAsync(id, reviewerUserId, note, cancellationToken));

    [HttpPost("comments")]
    public async Task<IActionResult> Comment(int id, string? comment, CancellationToken cancellationToken) =>
        BackToDraft(id, await reviews.CommentAsync(id, comment, cancellationToken));

    [HttpPost("approve")]
    public async Task<IActionResult> Approve(int id, string? baseVersion, string? comment, CancellationToken cancellationToken) =>
        BackToDraft(id, await reviews.ApproveAsync(id, baseVersion ?? string.Empty, comment, cancellationToken));

    [HttpPost("return")]
    public async Task<IActionResult> Return(int id, string? comment, CancellationToken cancellationToken) =>
        BackToDraft(id, await reviews.ReturnAsync(id, comment, cancellationToken));

    private IActionResult BackToDraft(int id, Core.Common.Outcome outcome) =>
        this.ToResult(outcome, onDone: () => RedirectToAction(nameof(PagesController.Edit), "Pages", new { id }, "draft-review"));
}
