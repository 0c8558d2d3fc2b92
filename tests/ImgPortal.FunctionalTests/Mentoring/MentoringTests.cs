using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring;

public sealed class MentoringTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Volunteer_AnonymousVisitor_IsAskedToLogInAndComeBack()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/mentoring/volunteer");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector("main form"));
        var login = page.Document.QuerySelectorAll<IHtmlAnchorElement>("main a").Single(a => a.TextContent.Trim() == "Log in");
        Assert.Contains("ReturnUrl=%2Fmentoring%2Fvolunteer", login.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Volunteer_BadInput_ShowsAMessagePerFieldKeepsTypedValuesAndSavesNothing()
    {
        var client = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");
        var values = Volunteer(string.Empty);
        values["Hospital"] = "Typed Hospital";
        values["Capacity"] = "99";
        values["Specialty"] = "Astrology";
        values.Remove("Languages");
        values.Remove("HelpAreas");
        values.Remove("AgreeToTerms");
        var before = await QueryAsync(factory, db => db.Mentors.CountAsync());

        var page = await form.SubmitAsync(client, values);

        Assert.Equal("Volunteer as a mentor", page.Heading);
        var messages = page.ValidationMessages;
        Assert.Contains("Enter the name mentees will see.", messages);
        Assert.Contains("Choose a specialty from the list.", messages);
        Assert.Contains("Choose at least one language you speak.", messages);
        Assert.Contains("Choose at least one thing you can help with.", messages);
        Assert.Contains("Choose between 1 and 10 mentees.", messages);
        Assert.Contains("Agree to the program's terms to volunteer.", messages);
        Assert.Equal("Typed Hospital", page.Document.QuerySelector<IHtmlInputElement>("input[name=Hospital]")!.Value);
        Assert.Equal(before, await QueryAsync(factory, db => db.Mentors.CountAsync()));
    }

    [Fact]
    public async Task Directory_PendingMentor_IsNotPublicUntilApproved()
    {
        var name = "Dr Pending " + Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, name);
        var anonymous = PortalClient.Anonymous(factory);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var whilePending = await HtmlPage.GetAsync(anonymous, "/mentoring/mentors?specialty=Internal%20Medicine");
        await ApproveAsync(factory, staff, mentorId);
        var approved = await HtmlPage.GetAsync(anonymous, "/mentoring/mentors?specialty=Internal%20Medicine");

        Assert.DoesNotContain(name, whilePending.MainText, StringComparison.Ordinal);
        Assert.Contains(name, approved.MainText, StringComparison.Ordinal);
        Assert.True(await QueryAsync(factory, db => db.Mentors.AnyAsync(m => m.Id == mentorId && m.Status == MentorStatus.Approved)));
    }

    [Fact]
    public async Task Directory_ApprovedMentorWhoChoseNotToBeListed_IsNotShown()
    {
        var name = "Dr Unlisted " + Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, name, listed: false);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/mentoring/mentors");

        Assert.DoesNotContain(name, page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decline_WithAReason_EmailsTheReasonToTheApplicant()
    {
        var name = "Dr Declined " + Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, name);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var email = await QueryAsync(factory, db => db.Users.Where(u => db.Mentors.Any(m => m.Id == mentorId && m.UserId == u.Id)).Select(u => u.Email!).SingleAsync());

        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");
        var after = await page.SubmitAsync(staff, new Dictionary<string, string> { ["reason"] = "No license on file yet" }, "form.vet-Declined");

        Assert.Contains("is now declined", after.MainText, StringComparison.Ordinal);
        var message = Assert.Single(factory.Mailbox.MessagesTo(email), m => m.Subject == "ImgPortal: your application to mentor");
        Assert.Contains("No license on file yet", message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/requests/1/pair")]
    [InlineData("/staff/mentors/1/status")]
    [InlineData("/staff/pairings/1/cancel")]
    public async Task StaffActions_MemberOrMentor_AreRefused(string action)
    {
        foreach (var role in new[] { Roles.Member, Roles.Mentor })
        {
            var client = await PortalClient.AsRoleAsync(factory, role, followRedirects: false);

            var response = await PostAsync(client, action, new Dictionary<string, string> { ["mentorId"] = "1", ["to"] = "Approved" });

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/identity/account/accessdenied", response.Headers.Location?.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Pairing_OnlyTheAskedMentorSeesAndAnswersIt_AndOnlyItsMemberSeesTheRequest()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (mentorA, mentorAId) = await VolunteerAsync(factory, "Dr A " + suffix);
        var (mentorB, _) = await VolunteerAsync(factory, "Dr B " + suffix);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorAId);
        var (member, requestId) = await AskAsync(factory, "Mentee " + suffix);
        var (otherMember, _) = await AskAsync(factory, "Other mentee " + suffix);
        await PairAsync(staff, requestId, mentorAId);
        var pairingId = await PairingIdAsync(factory, requestId);

        var bDashboard = await HtmlPage.GetAsync(mentorB, "/mentoring/dashboard");
        var bAccepts = await PostAsync(mentorB, $"/mentoring/pairings/{pairingId}/accept");
        var memberAccepts = await PostAsync(member, $"/mentoring/pairings/{pairingId}/accept");
        var otherEnds = await PostAsync(otherMember, $"/mentoring/pairings/{pairingId}/end");
        var otherDashboard = await HtmlPage.GetAsync(otherMember, "/mentoring/dashboard");
        var aDashboard = await HtmlPage.GetAsync(mentorA, "/mentoring/dashboard");

        Assert.DoesNotContain("Mentee " + suffix, bDashboard.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bAccepts.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, memberAccepts.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherEnds.StatusCode);
        Assert.DoesNotContain("Dr A " + suffix, otherDashboard.MainText, StringComparison.Ordinal);
        Assert.Contains("Mentee " + suffix, aDashboard.MainText, StringComparison.Ordinal);
        Assert.Equal(PairingState.Proposed, await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task Pairing_AcceptedThenEnded_ShowsContactsThenAsksBothSidesForFeedback()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (mentor, mentorId) = await VolunteerAsync(factory, "Dr Flow " + suffix);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, "Flow mentee " + suffix);
        await PairAsync(staff, requestId, mentorId);
        var pairingId = await PairingIdAsync(factory, requestId);

        var accepted = await (await HtmlPage.GetAsync(mentor, $"/mentoring/pairings/{pairingId}")).SubmitAsync(mentor, new Dictionary<string, string>
        {
            ["Agreement.Goals"] = "Interviews",
            ["Agreement.Frequency"] = "Monthly",
            ["Agreement.Months"] = "6",
            ["Agreement.AcceptsCodeOfConduct"] = "true",
        }, "#accept-form");
        var memberView = await HtmlPage.GetAsync(member, "/mentoring/dashboard");
        var ended = await (await HtmlPage.GetAsync(member, $"/mentoring/pairings/{pairingId}/close"))
            .SubmitAsync(member, new Dictionary<string, string> { ["reason"] = "Matched early." }, "#close-form");
        var feedbackForm = await HtmlPage.GetAsync(mentor, $"/mentoring/pairings/{pairingId}/feedback");
        var afterFeedback = await feedbackForm.SubmitAsync(mentor, new Dictionary<string, string> { ["Input.Rating"] = "5", ["Input.Comment"] = "Good" });
        var second = await HtmlPage.GetAsync(mentor, $"/mentoring/pairings/{pairingId}/feedback");

        Assert.NotNull(accepted.Document.QuerySelector("a.mentee-contact"));
        Assert.Contains("Dr Flow " + suffix, memberView.Document.QuerySelector(".your-mentor")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(memberView.Document.QuerySelector("a.mentor-contact[href^='mailto:member-']"));
        Assert.Contains("The pairing has ended", ended.MainText, StringComparison.Ordinal);
        Assert.Contains("Thank you for your feedback", afterFeedback.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, second.Status);
        Assert.NotNull(ended.Document.QuerySelector($"a[href='/mentoring/pairings/{pairingId}/feedback']"));
    }

    [Fact]
    public async Task Pair_TwoStaffPairingTheLastPlaceAtOnce_NeverExceedCapacity()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (_, mentorId) = await VolunteerAsync(factory, "Dr Busy " + suffix, capacity: 1);
        var staffA = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var staffB = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await ApproveAsync(factory, staffA, mentorId);
        var (_, first) = await AskAsync(factory, "First " + suffix);
        var (_, second) = await AskAsync(factory, "Second " + suffix);
        var pageA = await HtmlPage.GetAsync(staffA, $"/staff/requests/{first}");
        var pageB = await HtmlPage.GetAsync(staffB, $"/staff/requests/{second}");
        var mentorField = new Dictionary<string, string> { ["mentorId"] = mentorId.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var results = await Task.WhenAll(
            pageA.SubmitAsync(staffA, mentorField, $"form[action='/staff/requests/{first}/pair']"),
            pageB.SubmitAsync(staffB, mentorField, $"form[action='/staff/requests/{second}/pair']"));

        var held = await QueryAsync(factory, db => db.Pairings.CountAsync(p => p.MentorId == mentorId && (p.State == PairingState.Proposed || p.State == PairingState.Accepted)));
        Assert.Equal(1, held);
        Assert.Single(results, r => r.MainText.Contains("has been asked by e-mail", StringComparison.Ordinal));
        Assert.Single(results, r => r.MainText.Contains("no free place", StringComparison.Ordinal) || r.MainText.Contains("at the same moment", StringComparison.Ordinal));
    }
}
