using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.FunctionalTests.Mentoring;
using ImgPortal.FunctionalTests.Staff;
using ImgPortal.TestSupport;
using ImgPortal.Web.Resilience;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// Forms that register nothing with <see cref="BusyFormFilter.ShowFormAgainWhenBusy"/>: a post whose write meets
/// another writer's lock runs the action again (ModelState holding the busy message, writes refused) and so shows
/// the form again with what was typed, the message and 503 with Retry-After; nothing is saved. The cost planner's
/// save button registers its page. <see cref="BusyFormCoverageTests"/> names these tests per route.
/// </summary>
public sealed class BusyFormsTests : IDisposable
{
    private readonly PortalFactory _factory = new PortalFactory().With("Database:BusyTimeoutSeconds", "1");

    [Fact]
    public async Task PostVolunteer_WhileAnotherWriterHoldsTheLock_ShowsTheApplicationAgainAsTyped()
    {
        var member = await PortalClient.AsRoleAsync(_factory, Roles.Member);
        var form = await HtmlPage.GetAsync(member, "/mentoring/volunteer");

        var page = await BusyPage.WhileLockedAsync(_factory, () => form.SubmitAsync(member, Volunteer("Dr Busy Volunteer")));

        AssertShownAgain(page, "Volunteer as a mentor", ("DisplayName", "Dr Busy Volunteer"), ("Bio", "Trained in Delhi, now an attending in Brooklyn."));
        Assert.False(await QueryAsync(_factory, db => db.Mentors.AnyAsync(m => m.DisplayName == "Dr Busy Volunteer")));
    }

    [Fact]
    public async Task PostMenteeRequest_WhileAnotherWriterHoldsTheLock_ShowsTheRequestAgainAsTyped()
    {
        var member = await PortalClient.AsRoleAsync(_factory, Roles.Member);
        var form = await HtmlPage.GetAsync(member, "/mentoring/request");

        var page = await BusyPage.WhileLockedAsync(_factory, () => form.SubmitAsync(member, Request("Busy Mentee")));

        AssertShownAgain(page, "Ask for a mentor", ("DisplayName", "Busy Mentee"), ("Note", "Interviews in January."));
        Assert.False(await QueryAsync(_factory, db => db.MenteeRequests.AnyAsync(r => r.DisplayName == "Busy Mentee")));
    }

    [Fact]
    public async Task PostOutcome_WhileAnotherWriterHoldsTheLock_ShowsTheOutcomeFormAgainAsTyped()
    {
        var member = await PortalClient.AsRoleAsync(_factory, Roles.Member);
        var form = await HtmlPage.GetAsync(member, "/profile/outcomes");
        var values = new Dictionary<string, string>
        {
            ["Input.Kind"] = "MatchedToResidency",
            ["Input.OccurredOn"] = "2026-03-20",
            ["Input.Program"] = "Busy Hour Medical Center",
            ["Input.Specialty"] = "Internal Medicine",
            ["Input.MatchYear"] = "2026",
        };

        var page = await BusyPage.WhileLockedAsync(_factory, () => form.SubmitAsync(member, values, "form#add-outcome"));

        AssertShownAgain(page, "Your outcomes", ("Input.Program", "Busy Hour Medical Center"), ("Input.MatchYear", "2026"));
        Assert.False(await QueryAsync(_factory, db => db.MemberOutcomes.AnyAsync(o => o.Program == "Busy Hour Medical Center")));
    }

    [Fact]
    public async Task PostNewPage_WhileAnotherWriterHoldsTheLock_ShowsTheNewPageFormAgainAsTyped()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/pages/new");

        var page = await BusyPage.WhileLockedAsync(_factory, () => form.SubmitAllAsync(staff, "#new-page-form", new Dictionary<string, string>
        {
            ["Slug"] = "busy-hour-basics",
            ["Title"] = "Busy hour basics",
            ["Summary"] = "Typed while the database was busy.",
            ["Source"] = "Staff",
        }));

        AssertShownAgain(page, heading: null, ("Slug", "busy-hour-basics"), ("Title", "Busy hour basics"), ("Summary", "Typed while the database was busy."));
        Assert.False(await QueryAsync(_factory, db => db.GuidancePages.AnyAsync(p => p.Slug == "busy-hour-basics")));
    }

    [Fact]
    public async Task PostPageDraft_WhileAnotherWriterHoldsTheLock_ShowsTheEditorAgainAsTyped()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var page = await BusyPage.WhileLockedAsync(_factory, () => editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string>
        {
            ["Input.Title"] = "Busy hour draft title",
            ["Input.Summary"] = "A summary typed while the database was busy.",
        }));

        AssertShownAgain(page, heading: null, ("Input.Title", "Busy hour draft title"), ("Input.Summary", "A summary typed while the database was busy."));
        var again = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        Assert.NotEqual("Busy hour draft title", BusyPage.ValueOf(again, "[name='Input.Title']"));
    }

    [Fact]
    public async Task PostCostPlanSave_WhileAnotherWriterHoldsTheLock_ShowsThePlanAgainUnsaved()
    {
        var member = await PortalClient.AsRoleAsync(_factory, Roles.Member);
        var costs = await HtmlPage.GetAsync(member, "/costs");
        var plan = StaffForms.Values(costs, "#save-form");

        var page = await BusyPage.WhileLockedAsync(_factory, () => costs.SubmitAsync(member, new Dictionary<string, string>(), "#save-form"));

        AssertShownAgain(page, "What will it cost? Plan your fees");
        var shown = StaffForms.Values(page, "#save-form");
        Assert.Equal(plan.Where(p => p.Key != "__RequestVerificationToken"), shown.Where(p => p.Key != "__RequestVerificationToken"));
        var roadmap = await HtmlPage.GetAsync(member, "/costs");
        Assert.Contains("Save this plan to my roadmap", roadmap.Form("#save-form").TextContent, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();

    private static void AssertShownAgain(HtmlPage page, string? heading, params (string Field, string Value)[] typed)
    {
        BusyPage.AssertShownAgain(page, [.. typed.Select(t => ($"[name='{t.Field}']", t.Value))]);
        if (heading is not null)
        {
            Assert.Equal(heading, page.Heading);
        }
    }
}
