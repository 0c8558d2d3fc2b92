using System.Globalization;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Roadmap;

/// <summary>The roadmap read on a phone: links to the exact section, reasons said once, counts in words, the calendar's help.</summary>
public sealed class RoadmapOnAPhoneTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Roadmap_NotCertified_SaysTheCertificationReasonOnceAboveItsSteps()
    {
        var roadmap = await RoadmapWithProfileAsync();

        var actions = roadmap.Document.QuerySelector(".next-actions")!;
        var said = HtmlPage.Fold(actions.TextContent).Split(RoadmapRules.NeededForCertification).Length - 1;

        Assert.Equal(1, said);
        Assert.True(actions.QuerySelectorAll(".next-action-group a.next-action-title").Length >= 2);
    }

    [Fact]
    public async Task Get_Roadmap_LinksGoToTheStepsSectionWithTextThatNamesIt()
    {
        var roadmap = await RoadmapWithProfileAsync();

        var oet = roadmap.Document.QuerySelector($"#step-{RoadmapRules.Keys.English} a.step-guidance")!;
        var links = roadmap.Document.QuerySelectorAll("main a[href]")
            .Select(a => (Text: HtmlPage.Fold(a.TextContent), Href: a.GetAttribute("href")!))
            .ToList();

        Assert.Equal("/residency#check-your-eligibility-and-become-ecfmg-certified", oet.GetAttribute("href"));
        Assert.Equal("Pass OET Medicine", HtmlPage.Fold(oet.TextContent));
        Assert.DoesNotContain(links, l => l.Text is "Go to the page" or "Guidance");
        var ambiguous = links.GroupBy(l => l.Text).Where(g => g.Select(l => l.Href).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(ambiguous);
    }

    [Fact]
    public async Task RoadmapAnchors_EverySection_ExistsOnItsSeededPage()
    {
        Dictionary<string, string> slugs;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            slugs = await db.RoadmapSteps.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.GuidanceSlug);
        }

        var client = PortalClient.Anonymous(factory);
        var targets = RoadmapAnchors.All.Select(a => (Slug: slugs[a.Key], Anchor: a.Value))
            .Append(("credentialing", RoadmapAnchors.FcvsFollowUp))
            .Append(("j1-waiver", RoadmapAnchors.WaiverWhoQualifies))
            .Distinct();
        var missing = new List<string>();
        foreach (var (slug, anchor) in targets)
        {
            var page = await HtmlPage.GetAsync(client, "/" + slug);
            if (page.Document.GetElementById(anchor) is null)
            {
                missing.Add($"/{slug}#{anchor}");
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public async Task Get_Roadmap_CountsReadAsWords()
    {
        var roadmap = await RoadmapWithProfileAsync();

        Assert.Contains("You have 2 months of US clinical experience.", roadmap.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("(s)", roadmap.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Roadmap_WithAWaiverTimeline_ListsItsDatesAmongTheDatesThatMatter()
    {
        var (client, _, _) = await MemberAsync(factory);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        await (await HtmlPage.GetAsync(client, "/j1-waiver/timeline")).SubmitAsync(
            client,
            new Dictionary<string, string> { ["Input.StartedOn"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            "form#timeline-form");

        var roadmap = await HtmlPage.GetAsync(client, "/roadmap");

        var rows = roadmap.Document.QuerySelectorAll("#season-dates tr.waiver-date").Select(r => HtmlPage.Fold(r.TextContent)).ToList();
        Assert.Contains(rows, r => r.Contains(RoadmapRules.Format(start), StringComparison.Ordinal) && r.Contains("J-1 waiver: Case number", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_CalendarFeed_OffersACopyButtonAWebcalLinkAndHelpForEachApp()
    {
        var (client, _, _) = await MemberAsync(factory);
        var roadmap = await HtmlPage.GetAsync(client, "/roadmap");

        var page = await roadmap.SubmitAsync(client, new Dictionary<string, string>(), "form[action='/roadmap/calendar-feed']");

        var feed = page.Document.QuerySelector("#calendar-feed-url")!.GetAttribute("href")!;
        var webcal = page.Document.QuerySelector("#calendar-feed-webcal")!.GetAttribute("href")!;
        Assert.Equal("webcal://" + feed[(feed.IndexOf("://", StringComparison.Ordinal) + 3)..], webcal);
        Assert.Equal(feed, page.Document.QuerySelector("#calendar-feed-copy")!.GetAttribute("data-copy"));
        var help = HtmlPage.Fold(page.Document.QuerySelector("#calendar-feed-help")!.TextContent);
        Assert.Contains("Google Calendar", help, StringComparison.Ordinal);
        Assert.Contains("Apple Calendar", help, StringComparison.Ordinal);
        Assert.Contains("Outlook", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WaiverTimeline_StartYearsAhead_SaysWhyItIsRefusedWithTheMonthsName()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/j1-waiver/timeline");

        var page = await form.SubmitAsync(
            client,
            new Dictionary<string, string> { ["Input.StartedOn"] = "2090-08-03" },
            "form#timeline-form");

        Assert.Contains(page.ValidationMessages, m => m.StartsWith("August 3, 2090 is more than 3 years from today", StringComparison.Ordinal));
    }

    private async Task<HtmlPage> RoadmapWithProfileAsync()
    {
        var (client, _, _) = await MemberAsync(factory);
        await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");
        return await HtmlPage.GetAsync(client, "/roadmap");
    }
}
