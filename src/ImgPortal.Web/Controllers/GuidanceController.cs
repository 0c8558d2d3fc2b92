using ImgPortal.Core.Content;
using ImgPortal.Web.ViewModels.Guidance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// Serves every guidance page at <c>/{slug}</c> (<c>/residency</c>, <c>/j1-waiver</c>, …). Runs after the
/// fixed routes, so <c>/search</c> or <c>/health</c> never reach it; an unknown slug is a 404.
/// </summary>
[AllowAnonymous]
public sealed class GuidanceController(IGuidanceService guidance) : Controller
{
    public const string SlugPattern = "^[[a-z0-9]]+(-[[a-z0-9]]+)*$";

    [HttpGet("/{slug:regex(" + SlugPattern + ")}", Order = 100)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var canonical = slug.ToLowerInvariant();
        if (canonical != slug)
        {
            return RedirectPermanent("/" + canonical + Request.QueryString);
        }

        // Any cache in front of the portal must revalidate, so a publication is seen at once (issue 5, item 8).
        Response.Headers.CacheControl = "no-cache";
        var page = await guidance.GetPageAsync(slug, cancellationToken);
        return page is null ? NotFound() : View(new GuidancePageViewModel(page));
    }
}
