using ImgPortal.Core.Content;
using ImgPortal.Web.Caching;
using ImgPortal.Web.ViewModels.Guidance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController(IGuidanceService guidance) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomeViewModel(await guidance.ListPagesAsync(cancellationToken)));
}
