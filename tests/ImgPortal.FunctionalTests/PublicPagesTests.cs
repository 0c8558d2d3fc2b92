using System.Net;
using AngleSharp.Dom;
using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests;

public sealed class PublicPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "/", "Your path to a US residency and license", "international medical graduates" },
        { "/residency", "residency", "Sourcebook" },
        { "/visas", "J-1 or H-1B", "two-year" },
        { "/j1-waiver", "State 30", "Department of Health" },
        { "/echo", "ECHO", "newsletter" },
        { "/credentialing", "Credentialing", "30 days" },
        { "/mentoring", "Mentoring", "mentor" },
        { "/state-pathways", "pathway", "Tennessee" },
        { "/get-involved", "involved", "committee" },
        { "/contact", "Contact", "865 Merrick Avenue" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Get_PublicPage_ShowsItsHeadingAndKeyFacts(string url, string heading, string fact)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Contains(heading, page.Heading, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(fact, page.MainText, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Get_LongGuidancePage_ShowsContentsLinkingToEachSectionHeading()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/residency");

        var links = page.Document.QuerySelectorAll("nav.page-contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("#steps-heading", links);
        Assert.Contains("#the-img-sourcebook", links);
        foreach (var link in links)
        {
            var target = page.Document.GetElementById(link.TrimStart('#'));
            Assert.True(target is not null && target.LocalName.StartsWith('h'), $"{link} leads to no heading");
        }
    }

    [Fact]
    public async Task Get_SlugInCapitals_RedirectsPermanentlyToTheLowercaseUrl()
    {
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var response = await client.GetAsync("/Residency");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/residency", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Get_Home_LinksToEveryGuidancePath()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/");

        var links = page.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        foreach (var slug in new[] { "/residency", "/j1-waiver", "/echo", "/credentialing", "/mentoring", "/state-pathways", "/get-involved", "/contact" })
        {
            Assert.Contains(slug, links);
        }
    }

    [Fact]
    public async Task Get_J1Waiver_ShowsTheSlotTrackerTableWithTheSeededYear()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/j1-waiver");

        var row = page.Document.QuerySelectorAll(".slot-tracker table tbody tr").Single();
        var cells = row.QuerySelectorAll("th, td").ToDictionary(c => c.GetAttribute("data-label")!, c => HtmlPage.Fold(c.TextContent));
        Assert.Equal("FY2027", cells["Fiscal year"]);
        Assert.Equal("30", cells["Slots"]);
        // A year without a report reads as not reported yet, never as "Unknown" (ADR 0079).
        Assert.Equal("Not reported yet", cells["Used"]);
        Assert.DoesNotContain("Unknown", cells["Cycle"], StringComparison.Ordinal);
        Assert.Contains("November 26, 2026", cells["Recorded"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Credentialing_ShowsTheAdviceAsANumberedChecklist()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/credentialing");

        var steps = page.Document.QuerySelectorAll("ol.steps > li").ToList();
        Assert.True(steps.Count >= 7, $"Expected the FCVS advice as at least 7 steps, found {steps.Count}.");
        Assert.Contains(steps, s => s.TextContent.Contains("30 days", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_Residency_ListsTheOrganizationsWithWhatEachDoes()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/residency");

        var names = page.Document.QuerySelectorAll("dl dt").Select(d => HtmlPage.Fold(d.TextContent)).ToList();
        foreach (var abbreviation in new[] { "(ECFMG)", "(ECHO)", "(FCVS)", "(ERAS)", "(NRMP)", "(MSSNY)" })
        {
            Assert.Contains(names, n => n.EndsWith(abbreviation, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("/residency")]
    [InlineData("/j1-waiver")]
    [InlineData("/state-pathways")]
    public async Task Get_GuidancePage_ShowsItsSourceAndReviewDate(string url)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        var meta = page.Document.QuerySelector(".page-meta");
        Assert.NotNull(meta);
        Assert.Contains("Source:", meta.TextContent, StringComparison.Ordinal);
        Assert.NotNull(meta.QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task Get_Contact_NamesOfficesNotPeople()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/contact");

        Assert.Contains("+1 (516) 488-6100", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Skelly", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bennett", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Search_FindsTheCredentialingPageForFcvs()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/search?q=FCVS");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var links = page.Document.QuerySelectorAll("main .search-hit h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/credentialing", links);
        Assert.Equal("FCVS", page.Document.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#q")!.Value);
    }

    [Fact]
    public async Task Get_SearchWithNoMatch_SaysSoAndOffersAWayBack()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/search?q=xylophonist");

        Assert.Contains("Nothing in the guidance matches xylophonist", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/']"));
    }

    [Fact]
    public async Task Get_SearchWithScriptInQuery_ShowsItAsText()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SearchWithMorePagesThanFit_PagesThroughThemAll()
    {
        using var own = new PortalFactory();
        var client = PortalClient.Anonymous(own);
        await using (var scope = own.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 1; i <= 12; i++)
            {
                db.GuidancePages.Add(new GuidancePage
                {
                    Slug = $"probe-{i}",
                    Title = $"Probe page {i}",
                    Summary = "A page about pagingprobe",
                    Source = "Test",
                    SortOrder = 1000 + i,
                });
            }

            await db.SaveChangesAsync();
        }

        var first = await HtmlPage.GetAsync(client, "/search?q=pagingprobe");
        var second = await HtmlPage.GetAsync(client, "/search?q=pagingprobe&page=2");

        var firstLinks = first.Document.QuerySelectorAll(".search-hit a").Select(a => a.GetAttribute("href")).ToList();
        var secondLinks = second.Document.QuerySelectorAll(".search-hit a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("12 pages match", first.MainText, StringComparison.Ordinal);
        Assert.Equal(10, firstLinks.Count);
        Assert.Equal(2, secondLinks.Count);
        Assert.Empty(firstLinks.Intersect(secondLinks));
        Assert.NotNull(first.Document.QuerySelector("nav[aria-label='Pages of results'] a[rel=next]"));
        Assert.NotNull(second.Document.QuerySelector("nav[aria-label='Pages of results'] a[rel=prev]"));
    }
}
