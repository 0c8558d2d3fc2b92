using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring;

/// <summary>Rules that live in Core, as staff and mentors meet them on the pages.</summary>
public sealed class MentoringRulesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MentorPage_Pending_OffersCoreTransitionsWithTheSharedReasonLength()
    {
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Rules " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var buttons = page.Document.QuerySelectorAll("#vetting-heading ~ div form button").Select(b => b.TextContent.Trim());
        Assert.Equal(["Approve", "Decline"], buttons);
        var reason = page.Document.QuerySelector<IHtmlInputElement>("form.vet-Declined input[name=reason]")!;
        Assert.Equal(MentoringLimits.Reason, reason.MaxLength);
        Assert.True(reason.IsRequired);
        Assert.Null(page.Document.QuerySelector("form.vet-Approved input[name=reason]"));
    }

    [Fact]
    public async Task Decline_ReasonOverTheLimit_IsRefusedAndNothingChanges()
    {
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Long " + Guid.NewGuid().ToString("N")[..8]);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var after = await page.SubmitAsync(staff, new Dictionary<string, string> { ["reason"] = new string('x', MentoringLimits.Reason + 1) }, "form.vet-Declined");

        Assert.Contains($"Keep the reason to {MentoringLimits.Reason} characters; nothing was changed.", after.MainText, StringComparison.Ordinal);
        Assert.Equal(MentorStatus.Pending, await QueryAsync(factory, db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task StaffMentoringPage_ExplainsTheScoreInItsOwnWords()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/mentoring");

        var rows = page.Document.QuerySelectorAll("table.match-criteria tbody tr");
        Assert.Equal(MatchScorer.Criteria.Count, rows.Length);
        Assert.Contains("speaks the language", page.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("docs/", page.MainText, StringComparison.Ordinal);
    }
}
