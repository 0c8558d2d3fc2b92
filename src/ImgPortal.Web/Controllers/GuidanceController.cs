using ImgPortal.Core.Content;
using ImgPortal.Web.Caching;
using ImgPortal.Web.ViewModels.Guidance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// Serves every guidance page at <c>/{slug}</c> (<c>/residency</c>, <c>/j1-waiver</c>, …). Runs after the
/// fixed routes, so <c>/search</c> or <c>/health</c> never reach it; an unknown slug is a 404; a retired page
/// answers 410 Gone with a friendly page, or redirects where staff said.
/// </summary>
[AllowAnonymous]
public sealed class GuidanceController(IGuidanceService guidance) : Controller
{
    public const string SlugPattern = "^[[a-z0-9]]+(-[[a-z0-9]]+)*$";

    // Cache-Control: no-cache: any cache in front of the portal must revalidate, so a publication is seen at once.
    [HttpGet("/{slug:regex(" + SlugPattern + ")}", Order = 100)]
    [ResponseCache(Location = ResponseCacheLocation.None)]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Show(string slug, CancellationToken cancellationToken)
    {
        var canonical = slug.ToLowerInvariant();
        if (canonical != slug)
        {
            return RedirectPermanent("/" + canonical + Request.QueryString);
        }

        var found = await guidance.LookupAsync(slug, cancellationToken);
        if (found.Page is { } page)
        {
            return View(new GuidancePageViewModel(page));
        }

        if (!found.Retired)
        {
            return NotFound();
        }

        // A stored target is checked again: one saved before the rules were tightened is never sent (a 410 instead).
        if (found.RedirectTo is { } target && PageRules.IsSafeRedirect(target))
        {
            return RedirectPermanent(target);
        }

        Response.StatusCode = StatusCodes.Status410Gone;
        return View("Gone");
    }
}
