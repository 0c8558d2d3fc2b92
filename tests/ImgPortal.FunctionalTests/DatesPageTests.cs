using System.Net;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests;

/// <summary>
/// <c>/dates</c> and its calendars against the seeded 2027 and 2028 dates, on a clock fixed at December 7, 2026
/// in New York; and the roadmap showing the cycle the member can aim for.
/// </summary>
public sealed class DatesPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>7:00 a.m. in New York on December 7, 2026.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Get_Dates_GroupsEachCycleByOrganizationAndMarksPastDates()
    {
        using var app = AtNow();
        var page = await HtmlPage.GetAsync(app.CreateClient(), "/dates");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cycle2027 = page.Document.GetElementById("dates-2027")!;
        Assert.NotNull(page.Document.GetElementById("dates-2028"));
        Assert.Contains(cycle2027.QuerySelectorAll("h3"), h => h.TextContent == "NRMP");
        Assert.Contains(cycle2027.QuerySelectorAll("h3"), h => h.TextContent == "ERAS (AAMC)");
        var erasOpens = cycle2027.QuerySelectorAll("li.dates-item").Single(li => li.TextContent.Contains("ERAS opens to applicants", StringComparison.Ordinal));
        Assert.Contains("dates-past", erasOpens.ClassList);
        Assert.Contains("Past", erasOpens.TextContent, StringComparison.Ordinal);
        var matchDay = cycle2027.QuerySelectorAll("li.dates-item").Single(li => li.TextContent.Contains("Match Day", StringComparison.Ordinal));
        Assert.Contains("dates-upcoming", matchDay.ClassList);
        Assert.Contains("in 102 days", matchDay.TextContent, StringComparison.Ordinal);
        Assert.All(cycle2027.QuerySelectorAll("li.dates-item"), li => Assert.NotNull(li.QuerySelector("a[href^='http']")));
    }

    [Fact]
    public async Task Get_Dates_ShowsUnannouncedDatesWithWhenTheyUsuallyAre()
    {
        using var app = AtNow();
        var page = await HtmlPage.GetAsync(app.CreateClient(), "/dates");

        var rankList = page.Document.GetElementById("dates-2028")!.QuerySelectorAll("li.dates-unannounced")
            .Single(li => li.TextContent.Contains("NRMP rank-order-list deadline", StringComparison.Ordinal));
        Assert.Contains("Not announced yet", rankList.TextContent, StringComparison.Ordinal);
        Assert.Contains("Usually: Late February or early March", rankList.TextContent, StringComparison.Ordinal);
        Assert.Null(rankList.QuerySelector("time:not(.small time)[datetime^='2028']"));
    }

    [Fact]
    public async Task Get_DatesCalendar_IsValidICalendarWithOneEventPerDatedItemAndASubscribeLink()
    {
        using var app = AtNow();
        var client = app.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/dates");
        var dated = await QueryAsync(factory, db => db.SeasonDates.CountAsync(d => d.Cycle == 2027 && d.Date != null));

        var response = await client.GetAsync("/dates/2027.ics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'), line => line.Length > 75 && !line.StartsWith(' '));
        Assert.Equal(dated, CountOf(text, "BEGIN:VEVENT\r\n"));
        Assert.Equal(dated, CountOf(text, "END:VEVENT\r\n"));
        Assert.Equal(dated, CountOf(text, "\r\nDTSTART;VALUE=DATE:"));
        Assert.Contains("DTSTART;VALUE=DATE:20270319\r\n", text, StringComparison.Ordinal);
        Assert.Contains("webcal://localhost/dates/2027.ics", page.Document.QuerySelector("#dates-2027 a.calendar-subscribe")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dates/2031.ics")).StatusCode);
    }

    [Fact]
    public async Task Get_Roadmap_Step2CkAndPathwayAhead_AimsForThe2028MatchAndShowsItsDatesNotPastOnes()
    {
        using var app = AtNow();
        var email = $"member-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        var client = app.CreateClient();
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);
        var form = ValidForm();
        form.Remove("Input.Step2CkScore");
        form.Remove("Input.Step2CkDate");
        await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, form, "form#profile-form");

        var roadmap = await HtmlPage.GetAsync(client, "/roadmap");

        Assert.Contains("You are probably aiming for the 2028 Match.", roadmap.Document.GetElementById("match-cycle")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("The 2027 Match is out of reach: USMLE Step 2 CK", roadmap.Document.GetElementById("match-cycle")!.TextContent, StringComparison.Ordinal);
        var table = roadmap.Document.GetElementById("season-dates")!.TextContent;
        Assert.Contains("Residency starts", table, StringComparison.Ordinal);
        Assert.Contains("July 1, 2028", table, StringComparison.Ordinal);
        Assert.Contains("Your deadline: USMLE Step 2 CK", table, StringComparison.Ordinal);
        Assert.DoesNotContain("2027 Match Day", table, StringComparison.Ordinal);
        Assert.DoesNotContain("March 19, 2027", table, StringComparison.Ordinal);
        Assert.DoesNotContain(roadmap.Document.QuerySelectorAll("#season-dates tr.season-date"), r => r.TextContent.Contains("ago", StringComparison.Ordinal));
        Assert.NotNull(roadmap.Document.GetElementById("graduation-years"));
    }

    private WebApplicationFactory<Program> AtNow() =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Now))));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
