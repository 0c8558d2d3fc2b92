using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Dashboards;

/// <summary>On a portal of its own, so the counts are exactly what this test made.</summary>
public sealed class StaffMentoringDashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Dashboard_AfterApplicationsRequestsAndAProposal_CountsEachState()
    {
        var (_, full) = await VolunteerAsync(factory, "Dr One Place", capacity: 1);
        await VolunteerAsync(factory, "Dr Waiting");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, full);
        var (_, first) = await AskAsync(factory, "First asker");
        await AskAsync(factory, "Second asker");
        await PairAsync(staff, first, full);

        var page = await HtmlPage.GetAsync(staff, "/staff/mentoring");

        string Count(string name) => page.Document.QuerySelector($"[data-count={name}]")!.TextContent.Trim();
        Assert.Equal("1", Count("pending"));
        Assert.Equal("1", Count("approved"));
        Assert.Equal("1", Count("open"));
        Assert.Equal("1", Count("proposed"));
        Assert.Equal("0", Count("active"));
        Assert.Equal("1", Count("near-capacity"));
    }

    [Fact]
    public async Task RequestList_NoRequestsOrNoneWithTheStatus_SaysWhatToDoInsteadOfACount()
    {
        using var fresh = new PortalFactory();
        var staff = await PortalClient.AsRoleAsync(fresh, Roles.Staff);

        var empty = await HtmlPage.GetAsync(staff, "/staff/requests");
        var filtered = await HtmlPage.GetAsync(staff, "/staff/requests?status=Closed");

        Assert.StartsWith("No member has asked for a mentor yet.", empty.Document.QuerySelector("main p[role=status]")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(empty.Document.QuerySelector("#all-requests"));
        Assert.Equal("No request has this status.", filtered.Document.QuerySelector("main p[role=status]")?.TextContent.Trim());
        Assert.Equal("/staff/requests", filtered.Document.QuerySelector("#all-requests")?.GetAttribute("href"));
    }
}
