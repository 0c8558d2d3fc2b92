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
}
