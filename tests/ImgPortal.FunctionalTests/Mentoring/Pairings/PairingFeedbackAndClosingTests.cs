using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Pairings;

/// <summary>
/// Issue 21, item 7: feedback without ending the mentoring (any time, and from the check-ins), the confirm step before
/// closing, the read-only record both sides keep, the closing e-mail, and the log entry's error summary.
/// </summary>
public sealed class PairingFeedbackAndClosingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Feedback_ActivePairing_EitherSideGivesItWithoutClosingAndOnlyStaffReadIt()
    {
        var world = await AcceptedAsync("during");
        var pairingPage = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");
        var link = pairingPage.Document.QuerySelector<IHtmlAnchorElement>(".pairing-feedback-link a")!;

        var form = await HtmlPage.GetAsync(world.Member, link.GetAttribute("href")!);
        var afterMember = await form.SubmitAsync(world.Member, new Dictionary<string, string> { ["Input.Rating"] = "3", ["Input.Comment"] = "Mid-way note from the mentee." }, "#feedback-form");
        await LeaveAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}/feedback", 4, "Mid-way note from the mentor.");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var staffPage = await HtmlPage.GetAsync(staff, $"/mentoring/pairings/{world.PairingId}");
        var memberPage = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");
        var mentorPage = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");
        var staffMentor = await HtmlPage.GetAsync(staff, $"/staff/mentors/{world.MentorId}");

        Assert.Equal($"/mentoring/pairings/{world.PairingId}/feedback", link.GetAttribute("href"));
        Assert.Equal("Tell us how your mentoring is going", form.Heading);
        Assert.Equal($"Mentoring: {world.MentorName} and {world.MenteeName}", afterMember.Heading);
        Assert.Contains("Thank you for your feedback.", afterMember.MainText, StringComparison.Ordinal);
        Assert.Equal(PairingState.Accepted, await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == world.PairingId).Select(p => p.State).SingleAsync()));
        var comments = staffPage.Document.QuerySelectorAll(".pairing-feedback .feedback-comment").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Mid-way note from the mentee.", "Mid-way note from the mentor."], comments.Order(StringComparer.Ordinal));
        Assert.All(staffPage.Document.QuerySelectorAll(".pairing-feedback .feedback-occasion"), o => Assert.Equal("during the pairing", o.TextContent.Trim()));
        Assert.Null(memberPage.Document.QuerySelector(".pairing-feedback"));
        Assert.DoesNotContain("Mid-way note from the mentor.", memberPage.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("Mid-way note from the mentee.", mentorPage.MainText, StringComparison.Ordinal);
        Assert.Contains("Mid-way note from the mentee.", staffMentor.Document.QuerySelector(".mentor-feedback")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_FromTheCheckInThanksPage_OpensTheSameFormAndStaffSeeWhichCheckIn()
    {
        var world = await AcceptedAsync("checkin");
        var token = factory.Services.GetRequiredService<ICheckInTokens>()
            .Sign(new CheckInToken(world.PairingId, PairingSide.Mentor, CheckInMilestone.Day90, CheckInAnswer.GoingWell), DateTime.UtcNow.AddDays(30));
        var thanks = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), $"/mentoring/check-in?token={Uri.EscapeDataString(token)}");
        var href = thanks.Document.QuerySelector("a.check-in-feedback")!.GetAttribute("href")!;

        var form = await HtmlPage.GetAsync(world.Mentor, href);
        var after = await form.SubmitAsync(world.Mentor, new Dictionary<string, string> { ["Input.Rating"] = "5", ["Input.Comment"] = "Ninety days in and going well." }, "#feedback-form");
        var staffPage = await HtmlPage.GetAsync(await PortalClient.AsRoleAsync(factory, Roles.Staff), $"/mentoring/pairings/{world.PairingId}");

        Assert.Equal($"/mentoring/pairings/{world.PairingId}/feedback?checkIn=90", href);
        Assert.Equal("Your 90-day check-in: tell us more", form.Heading);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        var saved = await QueryAsync(factory, db => db.PairingFeedback.Where(f => f.PairingId == world.PairingId).Select(f => new { f.Occasion, f.Side }).SingleAsync());
        Assert.Equal((FeedbackOccasion.NinetyDayCheckIn, PairingSide.Mentor), (saved.Occasion, saved.Side));
        Assert.Equal("at the 90-day check-in", staffPage.Document.QuerySelector(".pairing-feedback .feedback-occasion")!.TextContent.Trim());
    }

    [Fact]
    public async Task ConfirmClose_AsksAreYouSureAndWhy_WithoutAReasonBeforeThePlannedEndNothingEnds()
    {
        var world = await AcceptedAsync("confirm");
        var pairingPage = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");

        var confirm = await HtmlPage.GetAsync(world.Mentor, pairingPage.Document.QuerySelector("a#close-link")!.GetAttribute("href")!);
        var refused = await confirm.SubmitAsync(world.Mentor, new Dictionary<string, string> { ["reason"] = string.Empty }, "#close-form");
        var stillOpen = await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == world.PairingId).Select(p => p.State).SingleAsync());
        var closed = await refused.SubmitAsync(world.Mentor, new Dictionary<string, string> { ["reason"] = "Our goals are met." }, "#close-form");

        Assert.Null(pairingPage.Document.QuerySelector("form[action$='/close']"));
        Assert.Equal("Close this pairing?", confirm.Heading);
        Assert.Contains($"Are you sure you want to end your mentoring with {world.MenteeName}?", confirm.Document.QuerySelector(".close-question")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Why it ends (needed before the planned end)", confirm.Document.QuerySelector("label[for=reason]")!.TextContent.Trim());
        Assert.NotNull(confirm.Document.QuerySelector(".close-planned-end"));
        Assert.Equal($"/mentoring/pairings/{world.PairingId}", confirm.Document.QuerySelectorAll<IHtmlAnchorElement>("#close-form a").Single().GetAttribute("href"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Close this pairing?", refused.Heading);
        Assert.Equal("#reason", refused.Document.QuerySelector("#error-summary a")!.GetAttribute("href"));
        Assert.Contains(PairingTransitions.EarlyReasonMessage, refused.Document.QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PairingState.Accepted, stillOpen);
        Assert.Equal(HttpStatusCode.OK, closed.Status);
        Assert.Equal(PairingState.Ended, await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == world.PairingId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task Show_AfterClose_BothSidesKeepAReadOnlyRecordWithWhoClosedItAndWhy_NobodyElseSeesIt()
    {
        var world = await AcceptedAsync("readonly");
        await AddEntryAsync(world.Member, world.PairingId, "Our first call.");
        await CloseAsync(world.Mentor, world.PairingId, "Goals reached early.");
        var otherMember = await PortalClient.AsRoleAsync(factory, Roles.Member);

        var memberDashboard = await HtmlPage.GetAsync(world.Member, "/mentoring/dashboard");
        var mentorDashboard = await HtmlPage.GetAsync(world.Mentor, "/mentoring/dashboard");
        var memberPage = await HtmlPage.GetAsync(world.Member, memberDashboard.Document.QuerySelector("a.past-pairing-link")!.GetAttribute("href")!);
        var mentorPage = await HtmlPage.GetAsync(world.Mentor, mentorDashboard.Document.QuerySelector("a.past-pairing-link")!.GetAttribute("href")!);
        var otherPage = await HtmlPage.GetAsync(otherMember, $"/mentoring/pairings/{world.PairingId}");
        var sneakyLog = await PostAsync(world.Member, $"/mentoring/pairings/{world.PairingId}/log", new Dictionary<string, string> { ["Entry.OccurredOn"] = "2026-11-20", ["Entry.Kind"] = "Meeting", ["Entry.Note"] = "After the end" });
        var confirmAgain = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}/close");

        foreach (var page in new[] { memberPage, mentorPage })
        {
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.NotNull(page.Document.QuerySelector(".pairing-read-only"));
            Assert.Equal("Goals reached early.", page.Document.QuerySelector(".pairing-reason")!.TextContent.Trim());
            Assert.Equal("Our first call.", page.Document.QuerySelector(".log-note")!.TextContent.Trim());
            Assert.Equal("Prepare for residency interviews.", page.Document.QuerySelector(".agreement-goals")!.TextContent.Trim());
            Assert.Null(page.Document.QuerySelector("#log-form"));
            Assert.Null(page.Document.QuerySelector("#close-link"));
            Assert.Null(page.Document.QuerySelector(".pairing-feedback-link"));
            Assert.Empty(page.Document.QuerySelectorAll(".log-entry form"));
        }

        Assert.Equal(world.MentorName, memberPage.Document.QuerySelector(".pairing-closed-by")!.TextContent.Trim());
        Assert.Equal("you", mentorPage.Document.QuerySelector(".pairing-closed-by")!.TextContent.Trim());
        Assert.Contains(world.MentorName, memberPage.Heading, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherPage.Status);
        Assert.NotEqual(HttpStatusCode.OK, sneakyLog.StatusCode);
        Assert.Equal(1, await QueryAsync(factory, db => db.PairingLogEntries.CountAsync(e => e.PairingId == world.PairingId)));
        Assert.Equal($"Mentoring: {world.MentorName} and {world.MenteeName}", confirmAgain.Heading);
    }

    [Fact]
    public async Task Close_EachSideIsEmailedWithWhomByWhomAndWhy()
    {
        var world = await AcceptedAsync("mail");
        var mentorAddress = await AddressAsync(world.MentorUserId);
        var memberAddress = await AddressAsync(world.MemberUserId);

        await CloseAsync(world.Member, world.PairingId, "I matched into residency.");
        var toMentor = await EndedMailAsync(mentorAddress);
        var toMember = await EndedMailAsync(memberAddress);

        Assert.Contains(world.MenteeName, toMentor.Subject, StringComparison.Ordinal);
        Assert.Contains(world.MentorName, toMember.Subject, StringComparison.Ordinal);
        var mentorText = HtmlPage.Fold(toMentor.TextBody ?? string.Empty);
        var memberText = HtmlPage.Fold(toMember.TextBody ?? string.Empty);
        Assert.Contains($"{world.MenteeName} closed it.", mentorText, StringComparison.Ordinal);
        Assert.Contains("You closed it.", memberText, StringComparison.Ordinal);
        Assert.Contains("I matched into residency.", mentorText, StringComparison.Ordinal);
        Assert.Contains("I matched into residency.", memberText, StringComparison.Ordinal);
        Assert.Contains($"/mentoring/pairings/{world.PairingId}", toMentor.HtmlBody ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEntry_RefusedWhileBinding_SummaryAtTheTopSaysNothingWasSavedAndListsEveryFieldAtOnce()
    {
        var world = await AcceptedAsync("summary");
        var page = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}");

        var refused = await page.SubmitAsync(world.Member, new Dictionary<string, string>
        {
            ["Entry.OccurredOn"] = "not-a-date",
            ["Entry.Note"] = new string('x', 501),
        }, "#log-form");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var summary = refused.Document.QuerySelector("main #error-summary")!;
        Assert.Same(summary, refused.Document.QuerySelector("main")!.QuerySelectorAll("*").First(e => e.Id == "error-summary" || e.TagName == "H1"));
        Assert.StartsWith("Nothing was saved.", summary.QuerySelector("h2")!.TextContent.Trim(), StringComparison.Ordinal);
        var links = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Entry-Kind-Meeting", "#Entry_Note", "#Entry_OccurredOn"], links.Order(StringComparer.Ordinal));
        Assert.Contains("Choose a meeting or a goal.", refused.ValidationMessages);
        Assert.Contains("Keep the note to 500 characters.", refused.ValidationMessages);
        Assert.NotNull(refused.Document.QuerySelector("#Entry-Kind-Meeting"));
        Assert.Equal(0, await QueryAsync(factory, db => db.PairingLogEntries.CountAsync(e => e.PairingId == world.PairingId)));
    }

    [Fact]
    public async Task StaffPairings_ActivePairingWithFeedback_SaysHowManyPiecesAndWhenLastWithALinkToThem()
    {
        var quiet = await AcceptedAsync("quiet");
        var world = await AcceptedAsync("listed");
        await LeaveAsync(world.Member, $"/mentoring/pairings/{world.PairingId}/feedback", 3, "First note.");
        await LeaveAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}/feedback", 4, "Second note.");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var list = await HtmlPage.GetAsync(staff, "/staff/pairings");

        var row = list.Document.QuerySelector($".active-pairing[data-pairing-id='{world.PairingId}'] .pairing-feedback-count")!;
        Assert.StartsWith("2 pieces of feedback (last on ", HtmlPage.Fold(row.TextContent).Trim(), StringComparison.Ordinal);
        var link = row.QuerySelector<IHtmlAnchorElement>("a")!;
        Assert.Equal($"/mentoring/pairings/{world.PairingId}#feedback", link.GetAttribute("href"));
        var pairingPage = await HtmlPage.GetAsync(staff, link.GetAttribute("href")!.Split('#')[0]);
        Assert.NotNull(pairingPage.Document.QuerySelector("section#feedback.pairing-feedback"));
        Assert.Equal(
            "No feedback from either side yet.",
            HtmlPage.Fold(list.Document.QuerySelector($".active-pairing[data-pairing-id='{quiet.PairingId}'] .pairing-feedback-count")!.TextContent).Trim());
    }

    [Fact]
    public async Task Feedback_AfterCloseSubmittedTwiceAtOnce_StoresOnePieceAndThanksBothPosts()
    {
        var world = await AcceptedAsync("twice");
        await CloseAsync(world.Mentor, world.PairingId, "Goals met.");
        var form = await HtmlPage.GetAsync(world.Member, $"/mentoring/pairings/{world.PairingId}/feedback");
        HttpRequestMessage Post() => new(HttpMethod.Post, $"/mentoring/pairings/{world.PairingId}/feedback")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = form.AntiforgeryToken,
                ["Input.Rating"] = "5",
                ["Input.Comment"] = "Sent with a double click.",
            }),
        };

        var responses = await Task.WhenAll(world.Member.SendAsync(Post()), world.Member.SendAsync(Post()));
        var third = await world.Member.SendAsync(Post());

        Assert.All(responses.Append(third), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains(PairingFeedbackService.AlreadyGivenMessage, (await HtmlPage.ParseAsync(third)).MainText, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(factory, db => db.PairingFeedback.CountAsync(f => f.PairingId == world.PairingId && f.AuthorUserId == world.MemberUserId)));

        // The database holds the rule itself: a second after-close row for the same person is refused.
        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => QueryAsync(factory, db =>
        {
            db.PairingFeedback.Add(new PairingFeedback
            {
                PairingId = world.PairingId,
                AuthorUserId = world.MemberUserId,
                Side = PairingSide.Member,
                Occasion = FeedbackOccasion.AfterClose,
                Rating = 1,
                CreatedAtUtc = DateTime.UtcNow,
            });
            return db.SaveChangesAsync();
        }));
        Assert.True(factory.Services.GetRequiredService<IDatabaseErrors>().IsUniqueViolation(refused));
    }

    private async Task<string> AddressAsync(string userId) =>
        await QueryAsync(factory, db => db.Users.Where(u => u.Id == userId).Select(u => u.Email!).SingleAsync());

    /// <summary>The "has ended" e-mail to <paramref name="address"/>, once the outbox has written it (at most 30 seconds).</summary>
    private async Task<MimeMessage> EndedMailAsync(string address)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var message = factory.Mailbox.MessagesTo(address).LastOrDefault(m => (m.Subject ?? string.Empty).Contains("has ended", StringComparison.Ordinal));
            if (message is not null)
            {
                return message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No closing e-mail to {address} within 30 seconds.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task CloseAsync(HttpClient client, int pairingId, string reason)
    {
        var confirm = await HtmlPage.GetAsync(client, $"/mentoring/pairings/{pairingId}/close");
        var after = await confirm.SubmitAsync(client, new Dictionary<string, string> { ["reason"] = reason }, "#close-form");
        if (!after.MainText.Contains("The pairing has ended", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Closing failed: {after.Status} {after.MainText}");
        }
    }

    private static async Task LeaveAsync(HttpClient client, string url, int rating, string comment)
    {
        var form = await HtmlPage.GetAsync(client, url);
        var after = await form.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.Rating"] = rating.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Comment"] = comment,
        }, "#feedback-form");
        if (!after.MainText.Contains("Thank you for your feedback", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("Feedback failed: " + after.MainText);
        }
    }

    private static async Task AddEntryAsync(HttpClient client, int pairingId, string note)
    {
        var page = await HtmlPage.GetAsync(client, $"/mentoring/pairings/{pairingId}");
        await page.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Entry.OccurredOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Entry.Kind"] = "Meeting",
            ["Entry.Note"] = note,
        }, "#log-form");
    }

    private async Task<World> AcceptedAsync(string tag)
    {
        var suffix = tag + "-" + Guid.NewGuid().ToString("N")[..6];
        var mentorName = "Dr Close " + suffix;
        var menteeName = "Mentee " + suffix;
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (mentor, mentorId) = await VolunteerAsync(factory, mentorName);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, menteeName);
        await PairAsync(staff, requestId, mentorId);
        var pairingId = await PairingIdAsync(factory, requestId);
        var page = await HtmlPage.GetAsync(mentor, $"/mentoring/pairings/{pairingId}");
        var accepted = await page.SubmitAsync(mentor, new Dictionary<string, string>
        {
            ["Agreement.Goals"] = "Prepare for residency interviews.",
            ["Agreement.Frequency"] = "EveryTwoWeeks",
            ["Agreement.Months"] = "6",
            ["Agreement.AcceptsCodeOfConduct"] = "true",
        }, "#accept-form");
        if (accepted.Document.QuerySelector(".agreement-goals") is null)
        {
            throw new InvalidOperationException($"Accepting failed: {accepted.Status} {string.Join("; ", accepted.ValidationMessages)}");
        }

        var users = await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == pairingId)
            .Select(p => new { MentorUserId = p.Mentor!.UserId, p.Request!.MemberUserId }).SingleAsync());
        return new World(mentor, member, mentorId, pairingId, mentorName, menteeName, users.MentorUserId, users.MemberUserId);
    }

    private sealed record World(
        HttpClient Mentor, HttpClient Member, int MentorId, int PairingId, string MentorName, string MenteeName, string MentorUserId, string MemberUserId);
}
