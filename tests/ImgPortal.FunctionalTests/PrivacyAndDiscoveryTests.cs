using System.Net;
using System.Xml.Linq;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace ImgPortal.FunctionalTests;

/// <summary>The privacy page, Open Graph and canonical tags, <c>/sitemap.xml</c> and <c>/robots.txt</c>.</summary>
public sealed class PrivacyAndDiscoveryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string BaseUrl = "http://localhost";

    [Fact]
    public async Task Get_Privacy_SaysWhoIsResponsibleWhatIsStoredWhoSeesItHowToDownloadOrDeleteAndWhichCookies()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/privacy");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var headings = page.Document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Who is responsible for your data", "What the portal stores", "Who sees it", "Download or delete your data", "Cookies"], headings);
        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")?.ToLowerInvariant()).ToList();
        Assert.Contains("/identity/account/manage/personaldata", links);
        Assert.Contains("/identity/account/manage/downloadpersonaldata", links);
        Assert.Contains("visa", page.MainText);
    }

    [Fact]
    public async Task MemberJourney_EveryCookieThePortalSets_IsNamedOnThePrivacyPage()
    {
        var recorder = new SetCookieRecorder();
        var client = factory.CreateDefaultClient(new Uri(BaseUrl), new RedirectHandler(), new CookieContainerHandler(), recorder);
        var email = $"privacy-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);

        await PortalClient.LogInAsync(client, email, PortalFactory.Password);
        var roadmap = await HtmlPage.GetAsync(client, "/roadmap");
        await roadmap.SubmitAsync(client, new Dictionary<string, string>(), "form[action='/roadmap/calendar-feed']");
        var privacy = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/privacy");

        var named = privacy.Document.QuerySelectorAll("main dl.cookie-list dt code").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("ImgPortal.Auth", recorder.Names);
        Assert.Contains(recorder.Names, n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains(".AspNetCore.Mvc.CookieTempDataProvider", recorder.Names);
        Assert.All(recorder.Names, name => Assert.Contains(named, n => name == n || (n.EndsWith('.') && name.StartsWith(n, StringComparison.Ordinal))));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/residency")]
    [InlineData("/privacy")]
    public async Task Get_PublicPage_FooterLinksToPrivacy(string url)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Contains(page.Document.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/privacy");
    }

    [Fact]
    public async Task Get_Register_LinksToPrivacy()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Register");

        Assert.Contains(page.Document.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/privacy");
    }

    [Theory]
    [InlineData("/residency", "article")]
    [InlineData("/", "website")]
    [InlineData("/privacy", "website")]
    [InlineData("/mentoring/mentors", "website")]
    public async Task Get_PublicPage_HasCanonicalAndOpenGraphTagsFromThePublicBaseUrl(string url, string type)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url + "?utm_source=chat");

        string? Meta(string property) => page.Document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
        var expected = BaseUrl + url;
        Assert.Equal(expected, page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(expected, Meta("og:url"));
        Assert.Equal(type, Meta("og:type"));
        Assert.Equal("ImgPortal", Meta("og:site_name"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:description")));
    }

    [Fact]
    public async Task Get_MemberPage_HasNoOpenGraphOrCanonicalTags()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var page = await HtmlPage.GetAsync(client, "/profile");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.Document.QuerySelector("meta[property^='og:']"));
    }

    [Fact]
    public async Task Get_Sitemap_ListsEveryPublicPageAbsoluteWithLastModifiedAndNoPrivatePages()
    {
        var client = PortalClient.Anonymous(factory);

        var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(ns + "url")
            .Select(u => (Loc: u.Element(ns + "loc")!.Value, LastMod: u.Element(ns + "lastmod")?.Value))
            .ToList();
        var locs = urls.Select(u => u.Loc).ToList();
        foreach (var path in new[] { "/", "/residency", "/j1-waiver", "/echo", "/credentialing", "/mentoring", "/state-pathways", "/get-involved", "/contact", "/mentoring/mentors", "/privacy", "/glossary", "/state-pathways/compare", "/state-pathways/ny" })
        {
            Assert.Contains(BaseUrl + path, locs);
        }

        Assert.All(locs, l => Assert.StartsWith(BaseUrl + "/", l));
        Assert.Equal(locs.Count, locs.Distinct().Count());
        foreach (var loc in locs)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(loc)).StatusCode);
        }

        Assert.DoesNotContain(locs, l => l.Contains("/profile", StringComparison.Ordinal) || l.Contains("/staff", StringComparison.OrdinalIgnoreCase) || l.Contains("/Identity", StringComparison.Ordinal));
        var residency = urls.Single(u => u.Loc == BaseUrl + "/residency");
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", residency.LastMod ?? string.Empty);
    }

    [Fact]
    public async Task Get_Robots_KeepsCrawlersOutOfStaffAccountAndMemberPagesAndNamesTheSitemap()
    {
        var client = PortalClient.Anonymous(factory);

        var response = await client.GetAsync("/robots.txt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Disallow: /staff", lines);
        Assert.Contains("Disallow: /Identity", lines);
        Assert.Contains("Disallow: /profile", lines);
        Assert.Contains("Disallow: /roadmap", lines);
        Assert.Contains("Disallow: /mentoring/dashboard", lines);
        Assert.Contains("Sitemap: " + BaseUrl + "/sitemap.xml", lines);
        Assert.DoesNotContain("Disallow: /", lines);
    }

    /// <summary>Notes the name of every cookie the portal sets.</summary>
    private sealed class SetCookieRecorder : DelegatingHandler
    {
        public HashSet<string> Names { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    Names.Add(value[..value.IndexOf('=', StringComparison.Ordinal)]);
                }
            }

            return response;
        }
    }
}
