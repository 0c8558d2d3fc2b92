using ImgPortal.Core.Content.Editing;
using ImgPortal.Web.Areas.Staff.ViewModels.Pages;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The draft page's review panel: who was asked, their answers, the comments and the forms (ADR 0093), with a refused form as typed (ADR 0102).</summary>
public sealed class DraftReviewViewComponent(IDraftReviews reviews) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int pageId, DraftReviewTyped? typed = null)
    {
        var panel = await reviews.GetPanelAsync(pageId, HttpContext.RequestAborted);
        return panel is null ? Content(string.Empty) : View(new DraftReviewPanelViewModel(panel, typed));
    }
}
