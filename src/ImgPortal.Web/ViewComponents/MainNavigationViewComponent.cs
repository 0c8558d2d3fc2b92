using ImgPortal.Core.Content;
using ImgPortal.Web.Services;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The guidance links in the main navigation, as staff placed them (label and order on each page).</summary>
public sealed class MainNavigationViewComponent(IGuidanceService guidance, MainNavigationCache navigation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await navigation.GetAsync(guidance, HttpContext.RequestAborted));
}
