using ImgPortal.Web.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Controllers;

/// <summary>The privacy page: what the portal stores, who sees it, how to download or delete it, and its cookies.</summary>
[AllowAnonymous]
public sealed class PrivacyController : Controller
{
    [HttpGet("/privacy")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public IActionResult Index() => View();
}
