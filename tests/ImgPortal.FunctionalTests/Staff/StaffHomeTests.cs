using ImgPortal.Core.Common;
using ImgPortal.Core.Dashboard;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>The staff home starts with a to-do list whose counts match the records, and staff get staff menus.</summary>
public sealed class StaffHomeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task StaffHome_ToDoListComesFirstWithCountsThatMatchTheRecords()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (pending, open) = await CountsAsync();

        var home = await HtmlPage.GetAsync(staff, "/staff");

        var items = home.Document.QuerySelectorAll("#todo .todo-item");
        Assert.Equal(6, items.Length);
        Assert.Equal("todo-heading", home.Document.QuerySelector("main h2")?.Id);
        Assert.Equal(pending.ToString(System.Globalization.CultureInfo.InvariantCulture), Count(home, ToDoKind.MentorApplications));
        Assert.Equal(open.ToString(System.Globalization.CultureInfo.InvariantCulture), Count(home, ToDoKind.RequestsWithoutProposal));
        Assert.Equal("0", Count(home, ToDoKind.PagesOverdueForReview));
        Assert.Equal("/staff/mentors?status=Pending", home.Document.QuerySelector($"[data-kind={ToDoKind.MentorApplications}] a")?.GetAttribute("href"));
        Assert.Equal("/staff/pages/reviews", home.Document.QuerySelector($"[data-kind={ToDoKind.PagesOverdueForReview}] a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData(Roles.Staff, false)]
    [InlineData(Roles.Admin, true)]
    public async Task StaffMenu_EveryLink_OpensItsPageAndMarksItCurrent(string role, bool seesUsers)
    {
        var client = await PortalClient.AsRoleAsync(factory, role);
        var home = await HtmlPage.GetAsync(client, "/staff");

        var links = home.Document.QuerySelectorAll("#staff-nav a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Equal(
            ["/staff", "/staff/members", "/staff/mentoring", "/staff/mentors", "/staff/requests", "/staff/pairings", "/staff/pages",
             "/staff/waiver-years", "/staff/state-pathways", "/staff/organizations", "/staff/contacts", "/staff/glossary", "/staff/roadmap-steps",
             "/staff/programs", "/staff/programs/confirmations", "/staff/season-dates", "/staff/lca", "/staff/fees", "/staff/sources", "/staff/audit"],
            links.Where(l => l != "/staff/users"));
        Assert.Equal(seesUsers, links.Contains("/staff/users"));
        foreach (var link in links)
        {
            var page = await HtmlPage.GetAsync(client, link);
            var current = page.Document.QuerySelectorAll("#staff-nav a[aria-current=page]").Select(a => a.GetAttribute("href"));
            Assert.Equal([link], current);
        }
    }

    [Fact]
    public async Task StaffHome_ScheduledPublicationThisWeek_IsCounted()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var before = int.Parse(Count(await HtmlPage.GetAsync(staff, "/staff"), ToDoKind.ScheduledPublications), System.Globalization.CultureInfo.InvariantCulture);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string> { ["Input.Summary"] = "Soon" });
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var inTwoDays = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddDays(2), zone).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await draft.SubmitAsync(staff, new Dictionary<string, string> { ["PublishAt"] = inTwoDays }, "#schedule-form");

        var home = await HtmlPage.GetAsync(staff, "/staff");

        Assert.Equal((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Count(home, ToDoKind.ScheduledPublications));
    }

    [Theory]
    [InlineData(Roles.Staff)]
    [InlineData(Roles.Admin)]
    public async Task Header_StaffAndAdmins_SeeStaffLinksNotAMembersRoadmap(string role)
    {
        var client = await PortalClient.AsRoleAsync(factory, role);

        var page = await HtmlPage.GetAsync(client, "/");

        var links = page.Document.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Staff home", links);
        Assert.DoesNotContain("Your roadmap", links);
        Assert.DoesNotContain("Your profile", links);
    }

    [Fact]
    public async Task Header_Member_SeesTheirRoadmap()
    {
        var member = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var page = await HtmlPage.GetAsync(member, "/");

        var links = page.Document.QuerySelectorAll("nav[aria-label=Main] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Your roadmap", links);
        Assert.DoesNotContain("Staff home", links);
    }

    private static string Count(HtmlPage home, ToDoKind kind) =>
        home.Document.QuerySelector($"[data-kind={kind}] .todo-count")?.TextContent.Trim() ?? string.Empty;

    private async Task<(int Pending, int Open)> CountsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Mentors.CountAsync(m => m.Status == MentorStatus.Pending), await db.MenteeRequests.CountAsync(r => r.Status == RequestStatus.Open));
    }
}
