using ImgPortal.Core.Content;
using ImgPortal.Web.ViewModels.Guidance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController(IGuidanceService guidance) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomeViewModel(await guidance.ListPagesAsync(cancellationToken)));
}
