using ImgPortal.Core.Content.Editing;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The drafts waiting for the signed-in staff member's review, on the staff home's to-do list (ADR 0093).</summary>
public sealed class DraftsToReviewViewComponent(IDraftReviews reviews) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await reviews.AwaitingMyReviewAsync(HttpContext.RequestAborted));
}
