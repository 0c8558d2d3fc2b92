using ImgPortal.Core.Glossary;
using ImgPortal.Web.Caching;
using ImgPortal.Web.ViewModels.Glossary;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Controllers;

/// <summary>The glossary at <c>/glossary</c>: every term in alphabetical order, each an anchor, with a letter index.</summary>
[AllowAnonymous]
public sealed class GlossaryController(IGlossaryService glossary) : Controller
{
    [HttpGet(GlossaryAnchors.PagePath)]
    [ResponseCache(Location = ResponseCacheLocation.None)]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(GlossaryViewModel.From(await glossary.ListAsync(cancellationToken)));
}
