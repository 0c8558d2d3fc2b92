using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Requests;

/// <summary>
/// Staff's page for one mentee request (/staff/requests/{id}): its links lead to staff pages, although the members'
/// controller for /mentoring has the same name as staff's for /staff/mentoring (ADR 0108).
/// </summary>
public sealed class StaffRequestPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Show_ItsLinksAndPairForm_LeadToStaffPages()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Links " + Guid.NewGuid().ToString("N")[..8]);
        await ApproveAsync(factory, staff, mentorId);
        var (_, requestId) = await AskAsync(factory, "Links Member");

        var page = await HtmlPage.GetAsync(staff, $"/staff/requests/{requestId}");

        Assert.Equal("/staff/mentoring#match-score", page.Document.QuerySelector("a[href$='#match-score']")?.GetAttribute("href"));
        Assert.Equal("/staff/requests", page.Document.QuerySelector(".breadcrumb a[href='/staff/requests']")?.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector($"form[action='/staff/requests/{requestId}/pair']"));
    }
}
