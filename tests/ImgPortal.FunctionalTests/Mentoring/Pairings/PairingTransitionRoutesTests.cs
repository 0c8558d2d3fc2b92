using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring.Pairings;

/// <summary>
/// Every route that ends a pairing goes through the one transition (ADR 0069), so each refuses an early end
/// without a reason; and an ended pairing is read-only through every route that writes to it.
/// </summary>
public sealed class PairingTransitionRoutesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public enum Route
    {
        MemberClose,
        MentorEnd,
        StaffEnd,
    }

    [Theory]
    [InlineData(Route.MemberClose)]
    [InlineData(Route.MentorEnd)]
    [InlineData(Route.StaffEnd)]
    public async Task End_BeforeThePlannedEndWithoutAReason_IsRefusedWithTheMessageOnEveryRoute(Route route)
    {
        var world = await AcceptedAsync("early-" + route);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var noReason = new Dictionary<string, string> { ["reason"] = " ", ["requestId"] = world.RequestId.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var response = route switch
        {
            Route.MemberClose => await PostAsync(world.Member, $"/mentoring/pairings/{world.PairingId}/close", noReason),
            Route.MentorEnd => await PostAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}/end", noReason),
            _ => await PostAsync(staff, $"/staff/pairings/{world.PairingId}/end", noReason),
        };
        var page = await HtmlPage.ParseAsync(response);

        Assert.Contains(PairingTransitions.EarlyReasonMessage, page.MainText, StringComparison.Ordinal);
        Assert.Equal(PairingState.Accepted, await QueryAsync(factory, db => db.Pairings.Where(p => p.Id == world.PairingId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task EndedPairing_EditDeleteUntickAndCheckIn_AreRefusedWithAFriendlyMessageAndChangeNothing()
    {
        var world = await AcceptedAsync("readonly");
        var goal = await AddGoalAsync(world.Mentor, world.PairingId, "Send three applications.");
        await PostAsync(world.Mentor, $"/mentoring/log/{goal}/done", new Dictionary<string, string> { ["done"] = "true" });
        await PostAsync(world.Member, $"/mentoring/pairings/{world.PairingId}/close", new Dictionary<string, string> { ["reason"] = "We are done." });
        var token = factory.Services.GetRequiredService<ICheckInTokens>()
            .Sign(new CheckInToken(world.PairingId, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.NotWell), DateTime.UtcNow.AddDays(30));

        var edited = await HtmlPage.ParseAsync(await PostAsync(world.Mentor, $"/mentoring/log/{goal}/edit", new Dictionary<string, string>
        {
            ["Entry.OccurredOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Entry.Kind"] = nameof(LogEntryKind.Goal),
            ["Entry.Note"] = "Changed after the end.",
        }));
        var unticked = await HtmlPage.ParseAsync(await PostAsync(world.Member, $"/mentoring/log/{goal}/done", new Dictionary<string, string> { ["done"] = "false" }));
        var deleted = await HtmlPage.ParseAsync(await PostAsync(world.Mentor, $"/mentoring/log/{goal}/delete"));
        var checkIn = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), $"/mentoring/check-in?token={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.BadRequest, edited.Status);
        Assert.Contains(EndedPairingGuard.Message, edited.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unticked.Status);
        Assert.Contains(EndedPairingGuard.Message, unticked.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Contains(EndedPairingGuard.Message, deleted.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, checkIn.Status);
        Assert.Equal(EndedPairingGuard.Message, checkIn.Document.QuerySelector(".check-in-problem")!.TextContent.Trim());
        var entry = await QueryAsync(factory, db => db.PairingLogEntries.Where(e => e.Id == goal).Select(e => new { e.Note, Done = e.DoneAtUtc != null }).SingleAsync());
        Assert.Equal(("Send three applications.", true), (entry.Note, entry.Done));
        Assert.False(await QueryAsync(factory, db => db.CheckInResponses.AnyAsync(r => r.PairingId == world.PairingId)));
    }

    private static async Task<int> AddGoalAsync(HttpClient client, int pairingId, string note)
    {
        var page = await HtmlPage.GetAsync(client, $"/mentoring/pairings/{pairingId}");
        var after = await page.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Entry.OccurredOn"] = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Entry.Kind"] = nameof(LogEntryKind.Goal),
            ["Entry.Note"] = note,
        }, "#log-form");
        var item = after.Document.QuerySelectorAll(".log-entry").First(e => e.QuerySelector(".log-note")!.TextContent.Trim() == note);
        return int.Parse(item.GetAttribute("data-entry-id")!, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<World> AcceptedAsync(string tag)
    {
        var suffix = tag + "-" + Guid.NewGuid().ToString("N")[..6];
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (mentor, mentorId) = await VolunteerAsync(factory, "Dr Route " + suffix);
        await ApproveAsync(factory, staff, mentorId);
        var (member, requestId) = await AskAsync(factory, "Mentee " + suffix);
        await PairAsync(staff, requestId, mentorId);
        var pairingId = await PairingIdAsync(factory, requestId);
        var page = await HtmlPage.GetAsync(mentor, $"/mentoring/pairings/{pairingId}");
        var after = await page.SubmitAsync(mentor, new Dictionary<string, string>
        {
            ["Agreement.Goals"] = "Prepare for residency interviews.",
            ["Agreement.Frequency"] = "Monthly",
            ["Agreement.Months"] = "6",
            ["Agreement.AcceptsCodeOfConduct"] = "true",
        }, "#accept-form");
        if (after.Document.QuerySelector(".agreement-goals") is null)
        {
            throw new InvalidOperationException($"Accepting failed: {after.Status} {string.Join("; ", after.ValidationMessages)}");
        }

        return new World(mentor, member, requestId, pairingId);
    }

    private sealed record World(HttpClient Mentor, HttpClient Member, int RequestId, int PairingId);
}
