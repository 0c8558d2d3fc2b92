using ImgPortal.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The guidance links in the main navigation, as staff placed them (label and order on each page).</summary>
public sealed class MainNavigationViewComponent(IGuidanceService guidance) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await guidance.ListNavigationAsync(HttpContext.RequestAborted) ?? []);
}
