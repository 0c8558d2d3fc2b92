using System.Globalization;
using System.Net;
using System.Xml.Linq;
using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Visas;

/// <summary>The seeded /visas page as a reader sees it: its sections, the comparison table, dated and labelled sources.</summary>
public sealed class VisasPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string BaseUrl = "http://localhost";

    /// <summary>Hosts that are the rule-makers themselves (federal and state agencies, ECFMG, the NRMP); any other host is secondary.</summary>
    private static bool IsPrimaryHost(string host) =>
        host.EndsWith(".gov", StringComparison.OrdinalIgnoreCase)
        || host is "ecfmg.org" or "www.ecfmg.org" or "golive.ecfmg.org" or "nrmp.org" or "www.nrmp.org";

    private static readonly string[] SectionHeadings =
    [
        "The J-1 through ECFMG",
        "The H-1B",
        "J-1 and H-1B side by side",
        "The $100,000 H-1B payment",
        "Travel bans and visa interview pauses",
        "Waivers after training",
    ];

    [Fact]
    public async Task Get_Visas_ShowsItsTitleWhatChangedAndEverySectionHeading()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Visas for residency: J-1 or H-1B", HtmlPage.Fold(page.Heading));
        var note = page.Document.QuerySelector(".guidance-body blockquote");
        Assert.NotNull(note);
        Assert.Contains("Visa rules that changed", note.TextContent, StringComparison.Ordinal);
        Assert.True(note.QuerySelectorAll("li").Length >= 3, "The note lists at least three dated changes.");

        // Updates to the guide itself are read from the change log (ADR 0088); what they list is in VisasRecentChangesTests.
        Assert.NotNull(page.Document.QuerySelector("aside#recent-changes"));
        var headings = page.Document.QuerySelectorAll("main h2").Select(h => HtmlPage.Fold(h.TextContent)).ToList();
        foreach (var heading in SectionHeadings)
        {
            Assert.Contains(heading, headings);
        }
    }

    [Fact]
    public async Task Get_Visas_ComparesJ1AndH1bInANarrowTable()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        var table = Assert.Single(page.Document.QuerySelectorAll("main table"));
        var columns = table.QuerySelectorAll("thead th").Select(th => HtmlPage.Fold(th.TextContent)).ToList();
        Assert.Equal(["Topic", "J-1", "H-1B"], columns);
        var rows = table.QuerySelectorAll("tbody tr")
            .ToDictionary(tr => HtmlPage.Fold(tr.Children[0].TextContent), tr => tr.Children.Skip(1).Select(c => HtmlPage.Fold(c.TextContent)).ToList());
        Assert.Equal(["Sponsor", "USMLE", "Cost to program", "After training", "Waivers", "Family"], rows.Keys.ToArray());
        Assert.Equal("ECFMG", rows["Sponsor"][0]);
        Assert.Contains("3", rows["USMLE"][1], StringComparison.Ordinal);
        Assert.Contains("$100,000", rows["Cost to program"][1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Visas_StatesTheHundredThousandDollarPaymentWithItsDatesAndWhatStaysUnknown()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        var section = SectionUnder(page, "The $100,000 H-1B payment");
        Assert.Contains("September 21, 2025", section, StringComparison.Ordinal);
        Assert.Contains("October 20, 2025", section, StringComparison.Ordinal);
        Assert.Contains("December 23, 2025", section, StringComparison.Ordinal);
        Assert.Contains("No source we checked says how it ruled, as of December 7, 2026", section, StringComparison.Ordinal);
        Assert.Contains("No source we checked says whether it was extended past September 21, 2026, as of December 7, 2026", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Visas_ListsTheNbrcWaiverConditionsWithTheirDatedSourceAndWhatStaysUnknown()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        var section = page.Document.QuerySelectorAll("main section")
            .Single(s => HtmlPage.Fold(s.QuerySelector("h2")!.TextContent) == "Waivers after training");
        var nbrc = section.QuerySelectorAll("li").Single(li => HtmlPage.Fold(li.TextContent).StartsWith("Northern Border Regional Commission", StringComparison.Ordinal));
        var conditions = nbrc.QuerySelectorAll("ul li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        Assert.Equal(3, conditions.Count);
        Assert.Contains("approves your request before it goes to the NBRC", conditions[0], StringComparison.Ordinal);
        Assert.Contains("through Conrad 30 first", conditions[0], StringComparison.Ordinal);
        Assert.Contains("get a medical license in the state of the job (Maine, New Hampshire, New York or Vermont)", conditions[1], StringComparison.Ordinal);
        Assert.Contains("40 hours a week for three years", conditions[1], StringComparison.Ordinal);
        Assert.Contains("start work within 90 days of the waiver's approval", conditions[1], StringComparison.Ordinal);
        Assert.Contains("six months in good faith to hire a US doctor", conditions[2], StringComparison.Ordinal);
        Assert.Contains("documents why it needs your specialty", conditions[2], StringComparison.Ordinal);
        Assert.Contains("Medicaid or Medicare and patients who cannot afford care", conditions[2], StringComparison.Ordinal);
        Assert.Contains("No source we checked says how many waivers the NBRC recommends a year, as of December 7, 2026.", HtmlPage.Fold(nbrc.TextContent), StringComparison.Ordinal);

        var source = section.QuerySelectorAll(".section-sources a").Single(a => a.GetAttribute("href") == "https://www.nbrc.gov/content/J1Visa");
        Assert.Equal("2026-12-07", source.NextElementSibling!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Get_Visas_ShowsItWasReviewedOnDecemberSeventhAndEveryUnknownIsDatedThen()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        var reviewed = page.Document.QuerySelector("main .page-meta time");
        Assert.NotNull(reviewed);
        Assert.Equal("2026-12-07", reviewed.GetAttribute("datetime"));
        Assert.Equal("December 7, 2026", HtmlPage.Fold(reviewed.TextContent));
        var text = HtmlPage.Fold(page.Document.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("as of December 6, 2026", text, StringComparison.Ordinal);
        Assert.Contains("as of December 7, 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Visas_StatesTheFactsCorrectedOnDecemberSeventh()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        var note = HtmlPage.Fold(page.Document.QuerySelector(".guidance-body blockquote")!.TextContent);
        Assert.Contains("partly bars 20 more; for 19 of those 20 the bar includes J visas", note, StringComparison.Ordinal);
        Assert.DoesNotContain("limits J visas for 20 more", note, StringComparison.Ordinal);

        var payment = SectionUnder(page, "The $100,000 H-1B payment");
        Assert.Contains("The plaintiffs appealed at the end of December 2025", payment, StringComparison.Ordinal);
        Assert.DoesNotContain("appealed on December 29, 2025", payment, StringComparison.Ordinal);

        var bans = SectionUnder(page, "Travel bans and visa interview pauses");
        Assert.Contains("On June 18, 2025 it announced that scheduling would resume", bans, StringComparison.Ordinal);

        var waivers = SectionUnder(page, "Waivers after training");
        Assert.Contains("All but the VA route require a job where doctors are scarce.", waivers, StringComparison.Ordinal);
        Assert.Contains("Federal conditions apply in every state: a signed job contract with a facility in a shortage area, a start within 90 days of the waiver", waivers, StringComparison.Ordinal);
        Assert.Contains("S. 4637 (introduced May 21, 2026), would add five flex waivers per state", waivers, StringComparison.Ordinal);
        Assert.Contains("It began with primary care and mental health care and now also takes specialists who show need.", waivers, StringComparison.Ordinal);
        Assert.DoesNotContain("April 1, 2024", waivers, StringComparison.Ordinal);
        Assert.Contains("The job does not have to be in a shortage area.", waivers, StringComparison.Ordinal);

        var h1b = SectionUnder(page, "The H-1B");
        Assert.DoesNotContain("214.2(h)(4)(viii)", h1b, StringComparison.Ordinal);
        Assert.Contains("Not every teaching hospital is cap-exempt.", h1b, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Visas_EverySectionCitesSourcesEachDatedAndEverySecondarySourceLabelled()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/visas");

        var sections = page.Document.QuerySelectorAll("main section").ToList();
        Assert.Equal(SectionHeadings.Length, sections.Count);
        foreach (var section in sections)
        {
            var heading = HtmlPage.Fold(section.QuerySelector("h2")!.TextContent);
            var sources = section.QuerySelector(".section-sources");
            Assert.True(sources is not null, $"{heading} cites no sources.");
            var links = sources.QuerySelectorAll("a").ToList();
            var dates = sources.QuerySelectorAll("time[datetime]").Select(t => t.GetAttribute("datetime")!).ToList();
            Assert.Equal(links.Count, dates.Count);
            Assert.All(dates, d => Assert.True(DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{heading}: {d} is not a date."));
            foreach (var link in links)
            {
                var host = new Uri(link.GetAttribute("href")!).Host;
                Assert.True(
                    IsPrimaryHost(host) || link.TextContent.Contains(ContentSeed.SecondaryLabel, StringComparison.Ordinal),
                    $"{heading}: the source at {host} is not a primary source and is not labelled {ContentSeed.SecondaryLabel}.");
            }
        }
    }

    [Fact]
    public async Task Get_AnyPage_ListsVisasInTheMainNavigationBetweenResidencyAndTheJ1WaiverPage()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/");

        var links = page.Document.QuerySelectorAll("nav[aria-label=Main] .portal-nav-links a").Select(a => a.GetAttribute("href")).ToList();
        var visas = links.IndexOf("/visas");
        Assert.True(visas > 0, "The main navigation has no link to /visas.");
        Assert.Equal("/residency", links[visas - 1]);
        Assert.Equal("/j1-waiver", links[visas + 1]);
    }

    [Fact]
    public async Task Get_Sitemap_ListsTheVisasPage()
    {
        var client = PortalClient.Anonymous(factory);

        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Contains(BaseUrl + "/visas", xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value));
    }

    private static string SectionUnder(HtmlPage page, string heading) =>
        HtmlPage.Fold(page.Document.QuerySelectorAll("main section")
            .Single(s => HtmlPage.Fold(s.QuerySelector("h2")!.TextContent) == heading).TextContent);
}
