using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Web.Caching;
using ImgPortal.Web.ViewModels.Guidance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Controllers;

[AllowAnonymous]
public sealed class SearchController(IGuidanceService guidance) : Controller
{
    [HttpGet("/search")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var query = q?.Trim() ?? string.Empty;
        if (query.Length > GuidanceService.MaxQueryLength)
        {
            query = query[..GuidanceService.MaxQueryLength];
        }

        var results = await guidance.SearchAsync(query, page, Paging.DefaultPageSize, cancellationToken);
        var closest = results.TotalCount == 0 && query.Length > 0
            ? await guidance.ClosestPagesAsync(query, cancellationToken)
            : [];
        var glossary = await guidance.SearchGlossaryAsync(query, cancellationToken);
        return View(new SearchViewModel(query, results) { Closest = closest, Glossary = glossary });
    }
}
