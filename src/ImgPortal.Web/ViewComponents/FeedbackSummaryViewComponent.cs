using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The program's feedback in aggregate (count, average rating), on the staff mentoring overview.</summary>
public sealed class FeedbackSummaryViewComponent(IStaffPairingsService pairings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await pairings.FeedbackSummaryAsync(HttpContext.RequestAborted));
}
