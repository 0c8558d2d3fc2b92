using System.Net;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests;

/// <summary>The roadmap's progress, its next actions that follow the member, and the subscribable calendar.</summary>
public sealed class RoadmapTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Roadmap_ShowsAccessibleProgressOfDoneStepsOutOfThoseThatApply()
    {
        var (client, _, _) = await MemberAsync(factory);
        var roadmap = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");

        var bar = roadmap.Document.QuerySelector("#progress progress")!;
        var done = roadmap.Document.QuerySelectorAll(".roadmap-step[data-state=Done]").Length;
        var applicable = roadmap.Document.QuerySelectorAll(".roadmap-step:not([data-state=NotApplicable])").Length;

        Assert.True(done > 0);
        Assert.Equal($"{done} of {applicable} steps done", roadmap.Document.QuerySelector("#progress-label")!.TextContent.Trim());
        Assert.Equal(done.ToString(System.Globalization.CultureInfo.InvariantCulture), bar.GetAttribute("value"));
        Assert.Equal(applicable.ToString(System.Globalization.CultureInfo.InvariantCulture), bar.GetAttribute("max"));
    }

    [Fact]
    public async Task Get_Roadmap_TwoMembersInTurn_EachSeesOnlyTheirOwn()
    {
        var (first, _, _) = await MemberAsync(factory);
        var (second, _, _) = await MemberAsync(factory);
        await (await HtmlPage.GetAsync(first, "/profile")).SubmitAsync(first, ValidForm(), "form#profile-form");

        // In turn, so that anything kept between requests (a connection, a cached list) would show the other's data.
        var pages = new List<(string Who, HtmlPage Page)>();
        for (var round = 0; round < 3; round++)
        {
            pages.Add(("first", await HtmlPage.GetAsync(first, "/roadmap")));
            pages.Add(("second", await HtmlPage.GetAsync(second, "/roadmap")));
        }

        foreach (var (who, page) in pages)
        {
            var ownDates = page.Document.QuerySelectorAll("#season-dates .own-date").Select(r => r.TextContent).ToList();
            var done = page.Document.QuerySelectorAll(".roadmap-step[data-state=Done]").Length;
            if (who == "first")
            {
                Assert.Contains(ownDates, d => d.Contains("Your USMLE Step 1", StringComparison.Ordinal));
                Assert.True(done > 0);
            }
            else
            {
                Assert.Empty(ownDates);
                Assert.Equal(0, done);
            }
        }
    }

    [Fact]
    public async Task Get_Roadmap_MentorActionFollowsTheRequestAndDisappearsOnceMatched()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var before = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");
        await SetRequestAsync(userId, RequestStatus.Open);
        var waiting = await HtmlPage.GetAsync(client, "/roadmap");
        await SetRequestAsync(userId, RequestStatus.Matched);
        var matched = await HtmlPage.GetAsync(client, "/roadmap");

        Assert.Contains("/mentoring/request", ActionLinks(before));
        Assert.Contains("/mentoring/dashboard", ActionLinks(waiting));
        Assert.DoesNotContain(ActionLinks(matched), l => l.StartsWith("/mentoring", StringComparison.Ordinal));
        Assert.DoesNotContain("mentor", matched.Document.QuerySelector(".next-actions")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Calendar_MembersOwnExamDate_IsOnTheRoadmapAndInTheCalendar()
    {
        var (client, _, _) = await MemberAsync(factory);
        var roadmap = await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");

        var text = await client.GetStringAsync("/roadmap/calendar.ics");

        Assert.Contains(roadmap.Document.QuerySelectorAll("#season-dates .own-date"), r => r.TextContent.Contains("Your USMLE Step 1", StringComparison.Ordinal));
        Assert.Contains("UID:own-step1-20230510", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20230510", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_SecretAddress_WorksWithoutACookieFollowsStaffCorrectionsAndStopsWhenRevoked()
    {
        var (client, _, _) = await MemberAsync(factory);
        var roadmap = await HtmlPage.GetAsync(client, "/roadmap");
        var made = await roadmap.SubmitAsync(client, new Dictionary<string, string>(), "form[action='/roadmap/calendar-feed']");
        var feedUrl = new Uri(made.Document.QuerySelector("#calendar-feed-url")!.GetAttribute("href")!);
        var anonymous = PortalClient.Anonymous(factory);

        var first = await anonymous.GetStringAsync(feedUrl.PathAndQuery);
        await MoveSeasonDateAsync("Residency starts", new DateOnly(2027, 7, 2));
        var corrected = await anonymous.GetStringAsync(feedUrl.PathAndQuery);
        var shownAgain = await HtmlPage.GetAsync(client, "/roadmap");
        await shownAgain.SubmitAsync(client, new Dictionary<string, string>(), "form[action='/roadmap/calendar-feed/revoke']");
        var revoked = await anonymous.GetAsync(feedUrl.PathAndQuery);
        var guessed = await anonymous.GetAsync("/calendar/not-a-real-token.ics");

        Assert.Equal("http", feedUrl.Scheme);
        Assert.Contains("DTSTART;VALUE=DATE:20270701", first, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20270702", corrected, StringComparison.Ordinal);
        Assert.Null(shownAgain.Document.QuerySelector("#calendar-feed-url"));
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, guessed.StatusCode);
    }

    [Fact]
    public async Task Feed_NewAddress_ReplacesTheOldOne()
    {
        var (client, _, _) = await MemberAsync(factory);
        var roadmap = await HtmlPage.GetAsync(client, "/roadmap");
        var first = await roadmap.SubmitAsync(client, new Dictionary<string, string>(), "form[action='/roadmap/calendar-feed']");
        var oldUrl = new Uri(first.Document.QuerySelector("#calendar-feed-url")!.GetAttribute("href")!);
        var second = await first.SubmitAsync(client, new Dictionary<string, string>(), "form[action='/roadmap/calendar-feed']");
        var newUrl = new Uri(second.Document.QuerySelector("#calendar-feed-url")!.GetAttribute("href")!);
        var anonymous = PortalClient.Anonymous(factory);

        var oldResponse = await anonymous.GetAsync(oldUrl.PathAndQuery);
        var newResponse = await anonymous.GetAsync(newUrl.PathAndQuery);

        Assert.NotEqual(oldUrl, newUrl);
        Assert.Equal(HttpStatusCode.NotFound, oldResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newResponse.StatusCode);
    }

    private static List<string> ActionLinks(HtmlPage page) =>
        page.Document.QuerySelectorAll(".next-actions a").Select(a => a.GetAttribute("href")!).ToList();

    private async Task SetRequestAsync(string userId, RequestStatus status)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var request = await db.MenteeRequests.SingleOrDefaultAsync(r => r.MemberUserId == userId);
        if (request is null)
        {
            db.MenteeRequests.Add(new MenteeRequest { MemberUserId = userId, DisplayName = "Member", Status = status });
        }
        else
        {
            request.Status = status;
        }

        await db.SaveChangesAsync();
    }

    private async Task MoveSeasonDateAsync(string title, DateOnly date)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var season = await db.SeasonDates.SingleAsync(d => d.Title == title && d.Cycle == 2027);
        season.Date = date;
        await db.SaveChangesAsync();
    }
}
