using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.FunctionalTests.Mentoring;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// The short reason forms (staff withdrawing or ending a pairing, a mentor's status change, a mentor declining a
/// proposal) refused by Core's rules, not by
/// a busy database (<see cref="BusyReasonFormsTests"/>): the same page comes back with status 400, the message under the
/// field and in the error summary, the reason as typed, and nothing changed (issue 25, ADR 0117).
/// </summary>
public sealed class RefusedReasonFormsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string TooLongReason = "The mentee moved to another state. " + new string('x', MentoringLimits.Reason);

    [Fact]
    public async Task End_EarlyWithoutAReason_ShowsTheRequestPageAgainWithTheMessageAndNothingEnded()
    {
        var world = await AcceptedAsync("early");
        var page = await HtmlPage.GetAsync(world.Staff, $"/staff/requests/{world.RequestId}");

        var shown = await page.SubmitAsync(world.Staff, new Dictionary<string, string> { ["reason"] = string.Empty }, "form.staff-end-pairing");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Equal(page.Heading, shown.Heading);
        Assert.Equal(PairingTransitions.EarlyReasonMessage, FieldMessage(shown, "form.staff-end-pairing"));
        Assert.NotNull(shown.Document.QuerySelector($"#error-summary a[href='#end-reason-{world.PairingId}']"));
        Assert.Equal(PairingState.Accepted, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task End_ReasonTooLong_ShowsTheRequestPageAgainWithTheReasonTypedAndNothingEnded()
    {
        var world = await AcceptedAsync("long");
        var page = await HtmlPage.GetAsync(world.Staff, $"/staff/requests/{world.RequestId}");

        var shown = await page.SubmitAsync(world.Staff, new Dictionary<string, string> { ["reason"] = TooLongReason }, "form.staff-end-pairing");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Equal(ReasonRules.TooLong, FieldMessage(shown, "form.staff-end-pairing"));
        Assert.Equal(TooLongReason, BusyPage.ValueOf(shown, $"#end-reason-{world.PairingId}"));
        Assert.Equal(PairingState.Accepted, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task Cancel_AcceptedSinceThePageWasOpened_ShowsTheRequestPageAgainWithTheMessageAndNothingWithdrawn()
    {
        var world = await ProposedPairingAsync(factory, "Refused cancel");
        var page = await HtmlPage.GetAsync(world.Staff, $"/staff/requests/{world.RequestId}");
        await AcceptWithAgreementAsync(factory, world);

        var shown = await page.SubmitAsync(world.Staff, new Dictionary<string, string>(), "form[action$='/cancel']");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Equal(page.Heading, shown.Heading);
        Assert.Contains("This pairing is accepted: it cannot become cancelled.", shown.ValidationMessages);
        Assert.Equal(PairingState.Accepted, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task Decline_ReasonTooLong_ShowsThePairingAgainWithTheReasonTypedAndNothingDeclined()
    {
        var world = await ProposedPairingAsync(factory, "Refused decline");
        var page = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");

        var shown = await page.SubmitAsync(world.Mentor, new Dictionary<string, string> { ["reason"] = TooLongReason }, "form[action$='/decline']");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Equal(ReasonRules.TooLong, FieldMessage(shown, "form[action$='/decline']"));
        Assert.NotNull(shown.Document.QuerySelector("#error-summary a[href='#decline-reason']"));
        Assert.Equal(TooLongReason, BusyPage.ValueOf(shown, "#decline-reason"));
        Assert.Equal(PairingState.Proposed, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task Status_ReasonTooLong_ShowsTheMentorAgainWithTheReasonTypedAndNothingChanged()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var name = "Dr Refused Status " + Guid.NewGuid().ToString("N")[..6];
        var (_, mentorId) = await VolunteerAsync(factory, name);
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var shown = await page.SubmitAsync(staff, new Dictionary<string, string> { ["reason"] = TooLongReason }, "form.vet-Declined");

        Assert.Equal(HttpStatusCode.BadRequest, shown.Status);
        Assert.Equal(name, shown.Heading);
        Assert.Equal(ReasonRules.TooLong, FieldMessage(shown, "form.vet-Declined"));
        Assert.NotNull(shown.Document.QuerySelector("#error-summary a[href='#reason-Declined']"));
        Assert.Equal(TooLongReason, BusyPage.ValueOf(shown, "#reason-Declined"));
        Assert.Equal(MentorStatus.Pending, await QueryAsync(factory, db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Status).SingleAsync()));
    }

    /// <summary>The message shown under the field in the form found by <paramref name="form"/>.</summary>
    private static string? FieldMessage(HtmlPage page, string form) =>
        page.Document.QuerySelector($"{form} .field-validation-error") is { } message ? HtmlPage.Fold(message.TextContent) : null;

    private Task<PairingState> StateAsync(int pairingId) =>
        QueryAsync(factory, db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.State).SingleAsync());

    /// <summary>A proposed pairing (<see cref="ProposedPairingAsync"/>), then the mentor accepts it: ending it now is early.</summary>
    private async Task<ProposedPairing> AcceptedAsync(string tag)
    {
        var world = await ProposedPairingAsync(factory, "Refused " + tag);
        await AcceptWithAgreementAsync(factory, world);
        return world;
    }
}
