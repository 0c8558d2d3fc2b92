using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Pairings;

/// <summary>The pairing after the match through the real pages: agreement, log, closing, check-ins, and who sees what.</summary>
public sealed class PairingPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Agreement(string goals = "Prepare for residency interviews.") => new()
    {
        ["Agreement.Goals"] = goals,
        ["Agreement.Frequency"] = "EveryTwoWeeks",
        ["Agreement.Months"] = "6",
        ["Agreement.AcceptsCodeOfConduct"] = "true",
    };

    [Fact]
    public async Task AcceptWithAgreement_MissingFields_ReShowsTypedValuesWithAMessagePerFieldAndStaysProposed()
    {
        var world = await ProposedAsync("invalid");
        var page = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");
        var values = Agreement(string.Empty);
        values["Agreement.Months"] = "40";
        values.Remove("Agreement.AcceptsCodeOfConduct");

        var after = await page.SubmitAsync(world.Mentor, values, "#accept-form");

        Assert.Equal(HttpStatusCode.BadRequest, after.Status);
        Assert.Contains("Write down at least one goal for the mentoring.", after.ValidationMessages);
        Assert.Contains("Choose a length from 1 to 24 months.", after.ValidationMessages);
        Assert.Contains("Tick the box to accept the code of conduct.", after.ValidationMessages);
        Assert.Equal("40", after.Document.QuerySelector<IHtmlInputElement>("input[name='Agreement.Months']")!.Value);
        Assert.Equal(PairingState.Proposed, await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == world.PairingId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task AcceptWithAgreement_ThenMenteeConfirms_BothSeeTheAgreementWhoAgreedAndThePlannedEnd()
    {
        var world = await AcceptedAsync("agree");

        var beforeConfirm = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");
        var confirmed = await beforeConfirm.SubmitAsync(world.Member, new Dictionary<string, string>(), "#confirm-agreement");
        var mentorView = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");

        Assert.Contains("Waiting for", beforeConfirm.Document.QuerySelector(".agreement-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Prepare for residency interviews.", confirmed.Document.QuerySelector(".agreement-goals")!.TextContent.Trim());
        var status = HtmlPage.Fold(mentorView.Document.QuerySelector(".agreement-status")!.TextContent);
        Assert.Contains($"Proposed by {world.MentorName}", status, StringComparison.Ordinal);
        Assert.Contains($"Confirmed by {world.MenteeName}", status, StringComparison.Ordinal);
        var acceptedOn = await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == world.PairingId).Select(p => p.RespondedAtUtc!.Value).SingleAsync());
        Assert.Equal(DateOnly.FromDateTime(acceptedOn).AddMonths(6).ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), mentorView.Document.QuerySelector(".agreement-end")!.TextContent.Trim());
        Assert.Null(mentorView.Document.QuerySelector("#agreement-form"));
    }

    [Fact]
    public async Task Show_Mentee_SeesTheMentorsProfileAndMeetingPreferenceButNoHospitalUnlessOptedIn()
    {
        var world = await AcceptedAsync("profile");

        var page = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Video calls", page.Document.QuerySelector(".mentor-meeting")!.TextContent.Trim());
        Assert.Equal("Trained in Delhi, now an attending in Brooklyn.", page.Document.QuerySelector(".mentor-bio")!.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector(".mentor-hospital"));
        Assert.DoesNotContain("Mercy General", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("a.mentor-contact"));
    }

    [Fact]
    public async Task Show_SomeoneElse_Gets404ForThePageTheLogAndItsEntries_StaffMayRead()
    {
        var world = await AcceptedAsync("private");
        var entry = await AddEntryAsync(world.Mentor, world.PairingId, "Meeting", "Our first call about interviews.");
        var (otherMentor, _) = await VolunteerAsync(factory, "Dr Other " + Guid.NewGuid().ToString("N")[..6]);
        var otherMember = await PortalClient.AsRoleAsync(factory, Roles.Member);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var memberPage = await HtmlPage.GetAsync(otherMember, $"/mentoring/pairings/{world.PairingId}");
        var mentorPage = await HtmlPage.GetAsync(otherMentor, $"/mentoring/pairings/{world.PairingId}");
        var logPost = await PostAsync(otherMember, $"/mentoring/pairings/{world.PairingId}/log", new Dictionary<string, string> { ["Entry.OccurredOn"] = "2026-11-20", ["Entry.Kind"] = "Meeting", ["Entry.Note"] = "Sneaky" });
        var edit = await HtmlPage.GetAsync(otherMember, $"/mentoring/log/{entry}/edit");
        var delete = await PostAsync(otherMentor, $"/mentoring/log/{entry}/delete");
        var staffPage = await HtmlPage.GetAsync(staff, $"/mentoring/pairings/{world.PairingId}");

        Assert.Equal(HttpStatusCode.NotFound, memberPage.Status);
        Assert.Equal(HttpStatusCode.NotFound, mentorPage.Status);
        Assert.Equal(HttpStatusCode.NotFound, logPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.OK, staffPage.Status);
        Assert.Contains("Our first call about interviews.", staffPage.Document.QuerySelector(".log-entries")!.TextContent, StringComparison.Ordinal);
        Assert.Null(staffPage.Document.QuerySelector("#log-form"));
        Assert.Equal(1, await QueryAsync(factory, db => db.PairingLogEntries.CountAsync(e => e.PairingId == world.PairingId)));
    }

    [Fact]
    public async Task Log_EmptyThenEntries_OnlyTheAuthorChangesOrDeletesAndEitherSideMarksAGoalDone()
    {
        var world = await AcceptedAsync("log");
        var empty = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");
        var invalid = await empty.SubmitAsync(world.Member, new Dictionary<string, string> { ["Entry.Note"] = "No date or kind" }, "#log-form");
        var goal = await AddEntryAsync(world.Mentor, world.PairingId, "Goal", "Send two observership applications.");

        var memberView = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");
        var goalItem = memberView.Document.QuerySelector($".log-entry[data-entry-id='{goal}']")!;
        var done = await memberView.SubmitAsync(world.Member, new Dictionary<string, string>(), $".log-entry[data-entry-id='{goal}'] form");
        var memberEdit = await HtmlPage.GetAsync(world.Member, $"/mentoring/log/{goal}/edit");
        var mentorEdit = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/log/{goal}/edit");
        var changed = await mentorEdit.SubmitAsync(world.Mentor, new Dictionary<string, string> { ["Entry.Note"] = "Send three applications." });

        Assert.Equal("Nothing logged yet. Add your first meeting or goal above.", empty.Document.QuerySelector(".log-empty")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
        Assert.Contains("Enter the date.", invalid.ValidationMessages);
        Assert.Contains("Choose a meeting or a goal.", invalid.ValidationMessages);
        Assert.Equal("No date or kind", invalid.Document.QuerySelector<IHtmlInputElement>("input[name='Entry.Note']")!.Value);
        Assert.DoesNotContain(goalItem.QuerySelectorAll("a, button"), e => e.TextContent.Trim() is "Change" or "Delete");
        Assert.NotNull(done.Document.QuerySelector($".log-entry[data-entry-id='{goal}'] .log-done"));
        Assert.Equal(HttpStatusCode.NotFound, memberEdit.Status);
        Assert.Equal("Send three applications.", changed.Document.QuerySelector($".log-entry[data-entry-id='{goal}'] .log-note")!.TextContent.Trim());
    }

    [Fact]
    public async Task Show_RefusedLogEntry_LeavesTheAgreementPanelClosedUnlessItsOwnFieldsWereRefused()
    {
        var world = await AcceptedAsync("panel");
        var page = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");

        var refusedLog = await page.SubmitAsync(world.Mentor, new Dictionary<string, string> { ["Entry.Note"] = "No date or kind" }, "#log-form");
        var refusedAgreement = await page.SubmitAsync(world.Mentor, Agreement(goals: string.Empty), "#agreement-form");

        Assert.False(page.Document.QuerySelector("#agreement-form")!.ParentElement!.HasAttribute("open"));
        Assert.Equal(HttpStatusCode.BadRequest, refusedLog.Status);
        Assert.False(refusedLog.Document.QuerySelector("#agreement-form")!.ParentElement!.HasAttribute("open"));
        Assert.Equal(HttpStatusCode.BadRequest, refusedAgreement.Status);
        Assert.True(refusedAgreement.Document.QuerySelector("#agreement-form")!.ParentElement!.HasAttribute("open"));
    }

    [Fact]
    public async Task Close_BeforeThePlannedEndWithoutAReason_IsRefusedThenWithAReasonEndsTheMentoring()
    {
        var world = await AcceptedAsync("close");
        var page = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}/close");

        var refused = await page.SubmitAsync(world.Member, new Dictionary<string, string> { ["reason"] = " " }, "#close-form");
        var closed = await refused.SubmitAsync(world.Member, new Dictionary<string, string> { ["reason"] = "I matched into residency." }, "#close-form");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(PairingTransitions.EarlyReasonMessage, refused.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, closed.Status);
        Assert.NotNull(closed.Document.QuerySelector(".feedback-due a"));
        var pairing = await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == world.PairingId).Select(p => new { p.State, p.Reason }).SingleAsync());
        Assert.Equal((PairingState.Ended, "I matched into residency."), (pairing.State, pairing.Reason));
    }

    [Fact]
    public async Task Feedback_BothSidesGiveIt_NeitherSeesTheOthersAndStaffSeeItPerMentorAndInAggregate()
    {
        var world = await AcceptedAsync("feedback");
        await (await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}/close"))
            .SubmitAsync(world.Mentor, new Dictionary<string, string> { ["reason"] = "Goals reached early." }, "#close-form");
        await LeaveFeedbackAsync(world.Mentor, world.PairingId, 4, "Mentor's private note to staff.");
        await LeaveFeedbackAsync(world.Member, world.PairingId, 5, "Mentee's private praise.");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var memberPage = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");
        var memberDashboard = await HtmlPage.GetAsync(world.Member, "/mentoring/dashboard");
        var mentorPage = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");
        var staffMentor = await HtmlPage.GetAsync(staff, $"/staff/mentors/{world.MentorId}");
        var staffDashboard = await HtmlPage.GetAsync(staff, "/staff/mentoring");

        Assert.DoesNotContain("Mentor's private note to staff.", memberPage.MainText + memberDashboard.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Mentee's private praise.", mentorPage.MainText, StringComparison.Ordinal);
        var comments = staffMentor.Document.QuerySelectorAll(".mentor-feedback .feedback-comment").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("Mentor's private note to staff.", comments);
        Assert.Contains("Mentee's private praise.", comments);
        Assert.Equal("5.0 of 5", staffMentor.Document.QuerySelector(".mentor-feedback-average")!.TextContent.Trim());
        var summary = await QueryAsync(factory, db => db.PairingFeedback.GroupBy(_ => 1).Select(g => new { Count = g.Count(), Average = g.Average(f => f.Rating) }).SingleAsync());
        Assert.Equal(summary.Average.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture), staffDashboard.Document.QuerySelector("[data-count=feedback-average]")!.TextContent.Trim());
        Assert.StartsWith(summary.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (", staffDashboard.Document.QuerySelector("[data-count=feedback-count]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_ValidLinkWithoutSignIn_RecordsTheAnswerAndThanksWithALinkToThePairing()
    {
        var world = await AcceptedAsync("checkin");
        var token = Sign(new CheckInToken(world.PairingId, PairingSide.Mentor, CheckInMilestone.Day30, CheckInAnswer.NotMetYet), DateTime.UtcNow.AddDays(30));

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), $"/mentoring/check-in?token={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Thank you for your answer", page.Heading);
        Assert.Contains("We have not met yet", page.Document.QuerySelector(".check-in-answer")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/mentoring/pairings/{world.PairingId}", page.Document.QuerySelectorAll<IHtmlAnchorElement>("main a").Single(a => a.TextContent.Contains("pairing page", StringComparison.Ordinal)).GetAttribute("href"));
        var answer = await QueryAsync(factory, db => db.CheckInResponses.Where(r => r.PairingId == world.PairingId).Select(r => r.Answer).SingleAsync());
        Assert.Equal(CheckInAnswer.NotMetYet, answer);
    }

    [Fact]
    public async Task CheckIn_TamperedOrExpiredLink_FriendlyBadRequestPageAndNothingRecorded()
    {
        var world = await AcceptedAsync("badlink");
        var valid = Sign(new CheckInToken(world.PairingId, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.NotWell), DateTime.UtcNow.AddDays(30));
        var tampered = valid[..^3] + (valid[^3] == 'x' ? "y" : "x") + valid[^2..];
        var expired = Sign(new CheckInToken(world.PairingId, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.NotWell), DateTime.UtcNow.AddMinutes(-1));
        var anonymous = PortalClient.Anonymous(factory);

        var changedPage = await HtmlPage.GetAsync(anonymous, $"/mentoring/check-in?token={Uri.EscapeDataString(tampered)}");
        var expiredPage = await HtmlPage.GetAsync(anonymous, $"/mentoring/check-in?token={Uri.EscapeDataString(expired)}");

        Assert.Equal(HttpStatusCode.BadRequest, changedPage.Status);
        Assert.Equal("This link does not work", changedPage.Heading);
        Assert.Equal(CheckInService.InvalidMessage, changedPage.Document.QuerySelector(".check-in-problem")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.BadRequest, expiredPage.Status);
        Assert.Equal(CheckInService.ExpiredMessage, expiredPage.Document.QuerySelector(".check-in-problem")!.TextContent.Trim());
        Assert.False(await QueryAsync(factory, db => db.CheckInResponses.AnyAsync(r => r.PairingId == world.PairingId)));
    }

    [Fact]
    public async Task StaffPairings_WithAnActivePairing_CountIsSeparatedFromItsWords()
    {
        await AcceptedAsync("counted");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/pairings");

        // Seen on the walk-through: "1active pairing."
        var status = HtmlPage.Fold(page.Document.QuerySelector("main p[role=status]")!.TextContent);
        Assert.Matches(@"^[1-9][0-9]* active pairings?\.$", status);
    }

    [Fact]
    public async Task StaffPairings_NotWellAnswer_ListedAsStuckWithWhyAndOnTheToDoList()
    {
        var world = await AcceptedAsync("stuck");
        var token = Sign(new CheckInToken(world.PairingId, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.NotWell), DateTime.UtcNow.AddDays(30));
        await HtmlPage.GetAsync(PortalClient.Anonymous(factory), $"/mentoring/check-in?token={Uri.EscapeDataString(token)}");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/pairings?stuck=true");
        var home = await HtmlPage.GetAsync(staff, "/staff");

        var row = page.Document.QuerySelector($".active-pairing[data-pairing-id='{world.PairingId}']");
        Assert.NotNull(row);
        Assert.Contains("The mentee answered \"not going well\"", row.QuerySelector(".stuck-reasons")!.TextContent, StringComparison.Ordinal);
        var count = int.Parse(home.Document.QuerySelector("[data-kind=StuckPairings] .todo-count")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 1);
        Assert.Equal("/staff/pairings?stuck=true", home.Document.QuerySelector("[data-kind=StuckPairings] a")!.GetAttribute("href"));
    }

    private string Sign(CheckInToken token, DateTime expiresAtUtc) =>
        factory.Services.GetRequiredService<ICheckInTokens>().Sign(token, expiresAtUtc);

    private static async Task<int> AddEntryAsync(HttpClient client, int pairingId, string kind, string note)
    {
        var page = await HtmlPage.GetAsync(client, $"/mentoring/pairings/{pairingId}");
        var after = await page.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Entry.OccurredOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Entry.Kind"] = kind,
            ["Entry.Note"] = note,
        }, "#log-form");
        var item = after.Document.QuerySelectorAll(".log-entry").First(e => e.QuerySelector(".log-note")!.TextContent.Trim() == note);
        return int.Parse(item.GetAttribute("data-entry-id")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task LeaveFeedbackAsync(HttpClient client, int pairingId, int rating, string comment)
    {
        var form = await HtmlPage.GetAsync(client, $"/mentoring/pairings/{pairingId}/feedback");
        var after = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Rating"] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Comment"] = comment,
        });
        if (after.Heading != "Your mentoring")
        {
            throw new InvalidOperationException("Feedback failed: " + after.MainText);
        }
    }

    private async Task<World> ProposedAsync(string tag)
    {
        var suffix = tag + "-" + Guid.NewGuid().ToString("N")[..6];
        var mentorName = "Dr Pair " + suffix;
        var menteeName = "Mentee " + suffix;
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (mentor, mentorId) = await VolunteerAsync(factory, mentorName);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, menteeName);
        await PairAsync(staff, requestId, mentorId);
        return new World(mentor, member, mentorId, await PairingIdAsync(factory, requestId), mentorName, menteeName);
    }

    private async Task<World> AcceptedAsync(string tag)
    {
        var world = await ProposedAsync(tag);
        var page = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");
        var after = await page.SubmitAsync(world.Mentor, Agreement(), "#accept-form");
        if (after.Document.QuerySelector(".agreement-goals") is null)
        {
            throw new InvalidOperationException($"Accepting failed: {after.Status} {string.Join("; ", after.ValidationMessages)}");
        }

        return world;
    }

    private sealed record World(HttpClient Mentor, HttpClient Member, int MentorId, int PairingId, string MentorName, string MenteeName);
}
