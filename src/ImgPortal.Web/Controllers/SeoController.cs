using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ImgPortal.Core.Common;
using ImgPortal.Core.Seo;
using ImgPortal.Web.Caching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Controllers;

/// <summary><c>/sitemap.xml</c> and <c>/robots.txt</c>, with absolute addresses from <c>Portal:PublicBaseUrl</c>.</summary>
[AllowAnonymous]
public sealed class SeoController(ISitemapService sitemap, IPortalLinks links) : Controller
{
    /// <summary>Where crawlers may not go: staff, account and member pages.</summary>
    public static readonly IReadOnlyList<string> DisallowedPaths =
    [
        "/staff", "/Staff", "/Identity", "/identity", "/profile", "/roadmap", "/calendar/",
        "/mentoring/dashboard", "/mentoring/request", "/mentoring/requests/", "/mentoring/pairings/",
    ];

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [HttpGet("/sitemap.xml")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var entries = await sitemap.ListAsync(cancellationToken);
        var document = new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                Ns + "urlset",
                entries.Select(e => new XElement(
                    Ns + "url",
                    new XElement(Ns + "loc", links.Absolute(e.Path).AbsoluteUri),
                    e.LastModifiedUtc is { } changed
                        ? new XElement(Ns + "lastmod", changed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                        : null))));
        return Content(document.Declaration + "\n" + document.Root, "application/xml", Encoding.UTF8);
    }

    [HttpGet("/robots.txt")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public IActionResult Robots()
    {
        var text = new StringBuilder("User-agent: *\n");
        foreach (var path in DisallowedPaths)
        {
            text.Append("Disallow: ").Append(path).Append('\n');
        }

        text.Append("Allow: /\n\nSitemap: ").Append(links.Absolute("/sitemap.xml").AbsoluteUri).Append('\n');
        return Content(text.ToString(), "text/plain", Encoding.UTF8);
    }
}
