using System.Net;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Waivers;

public sealed class WaiverTimelinePageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Save_MemberGivesTheirDates_ShowsEachStepsDatesWithSourcesAndPutsThemInTheirCalendar()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/j1-waiver/timeline");

        var page = await form.SubmitAsync(
            client,
            new Dictionary<string, string> { ["Input.StartedOn"] = "2025-10-01", ["Input.StateRecommendedOn"] = "2025-12-15" },
            "form#timeline-form");
        var calendar = await client.GetStringAsync("/roadmap/calendar.ics");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Your waiver timeline is saved", page.MainText, StringComparison.Ordinal);
        var steps = page.Document.QuerySelectorAll("ol.waiver-timeline > li").ToDictionary(li => li.Id!, li => HtmlPage.Fold(li.TextContent));
        Assert.Contains("October 1, 2025", steps["step-case-number"], StringComparison.Ordinal);
        Assert.Contains("Likely between February 9, 2026 and March 9, 2026", steps["step-dos-recommendation"], StringComparison.Ordinal);
        Assert.Contains("October 7, 2026", steps["step-start-work"], StringComparison.Ordinal);
        Assert.All(page.Document.QuerySelectorAll("ol.waiver-timeline > li"), li => Assert.NotNull(li.QuerySelector("a[href^='http']")));
        Assert.Contains("SUMMARY:J-1 waiver: Case number from the Department of State (DS-3035)", calendar, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20261007", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_StartOnly_MarksTheLaterStepsUnknown()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/j1-waiver/timeline");

        var page = await form.SubmitAsync(client, new Dictionary<string, string> { ["Input.StartedOn"] = "2026-10-01" }, "form#timeline-form");

        var unknown = page.Document.QuerySelectorAll("ol.waiver-timeline > li").Where(li => li.TextContent.Contains("Date unknown", StringComparison.Ordinal)).Select(li => li.Id);
        Assert.Equal(["step-state-review", "step-dos-recommendation", "step-uscis-decision", "step-start-work"], unknown);
    }

    [Fact]
    public async Task Save_StatesDateBeforeTheStart_IsRefusedWithTheTypedDatesKept()
    {
        var (client, _, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/j1-waiver/timeline");

        var page = await form.SubmitAsync(
            client,
            new Dictionary<string, string> { ["Input.StartedOn"] = "2025-10-01", ["Input.StateRecommendedOn"] = "2025-09-01" },
            "form#timeline-form");

        Assert.Contains(page.ValidationMessages, m => m.StartsWith("The state's recommendation comes after your case number, so it cannot be earlier", StringComparison.Ordinal));
        Assert.Equal("2025-09-01", page.Document.QuerySelector("#Input_StateRecommendedOn")?.GetAttribute("value"));
        Assert.Empty(page.Document.QuerySelectorAll("ol.waiver-timeline"));
    }

    [Fact]
    public async Task Get_Anonymous_IsSentToLogIn()
    {
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var response = await client.GetAsync("/j1-waiver/timeline");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
