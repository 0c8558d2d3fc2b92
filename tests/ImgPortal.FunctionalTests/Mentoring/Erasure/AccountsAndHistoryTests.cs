using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Erasure;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Erasure;

/// <summary>Deleting an account with pairings, and applying again after a decline.</summary>
public sealed class AccountsAndHistoryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DeletePersonalData_MentorWithAnActivePairing_DeletesTheAccountAndTheMenteeSeesAFormerMentor()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (mentor, mentorId) = await VolunteerAsync(factory, "Dr Deleted " + suffix);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, "Kept mentee " + suffix);
        await PairAsync(staff, requestId, mentorId);
        var pairingId = await PairingIdAsync(factory, requestId);
        await PostAsync(mentor, $"/mentoring/pairings/{pairingId}/accept");

        var confirm = await HtmlPage.GetAsync(mentor, "/Identity/Account/Manage/DeletePersonalData");
        var after = await confirm.SubmitAsync(mentor, new Dictionary<string, string> { ["Input.Password"] = PortalFactory.Password }, "form#delete-user");
        var memberView = await HtmlPage.GetAsync(member, "/mentoring/dashboard");

        Assert.Null(after.Document.QuerySelector("form#logout-form"));
        Assert.Equal("Closed", memberView.Document.QuerySelector($".mentee-request[data-request-id='{requestId}'] .request-status")!.TextContent.Trim());
        Assert.Contains($"Tell us how your mentoring with {DeletedAccount.MentorName} went", memberView.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Dr Deleted " + suffix, memberView.MainText, StringComparison.Ordinal);
        Assert.Equal(PairingState.Ended, await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task Volunteer_AgainAfterADecline_KeepsTheEarlierDecisionOnTheStaffPage()
    {
        var name = "Dr Again " + Guid.NewGuid().ToString("N")[..8];
        var (mentor, mentorId) = await VolunteerAsync(factory, name);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var record = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");
        await record.SubmitAsync(staff, new Dictionary<string, string> { ["reason"] = "License not found in the state lookup" }, "form.vet-Declined");

        var form = await HtmlPage.GetAsync(mentor, "/mentoring/volunteer");
        var reapplied = await form.SubmitAsync(mentor, Volunteer(name));
        var staffView = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        Assert.Equal("Your mentoring", reapplied.Heading);
        Assert.Equal("Pending", staffView.Document.QuerySelector(".mentor-status")!.TextContent.Trim());
        var past = Assert.Single(staffView.Document.QuerySelectorAll(".past-applications li"));
        Assert.Contains("Declined", past.TextContent, StringComparison.Ordinal);
        Assert.Contains("License not found in the state lookup", past.TextContent, StringComparison.Ordinal);
    }
}
