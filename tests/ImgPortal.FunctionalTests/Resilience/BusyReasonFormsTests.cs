using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.FunctionalTests.Mentoring;
using ImgPortal.FunctionalTests.Programs;
using ImgPortal.TestSupport;
using ImgPortal.Web.Resilience;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// The short reasons, notes and addresses typed into a button's form (declining or closing a pairing, staff withdrawing
/// or ending one, a mentor's status change, a coordinator's proposal, staff sending a confirmation link or rejecting a
/// proposal): a post whose write meets another writer's lock gives back the page holding that form, with what was typed
/// in its field, <see cref="BusyFormFilter.Message"/> and 503 with Retry-After; nothing is saved (ADR 0104).
/// <see cref="BusyFormCoverageTests"/> names these tests per route.
/// </summary>
public sealed class BusyReasonFormsTests : IDisposable
{
    private readonly PortalFactory _factory = new PortalFactory().With("Database:BusyTimeoutSeconds", "1");

    [Fact]
    public async Task PostPairingDecline_WhileAnotherWriterHoldsTheLock_ShowsThePairingAgainWithTheReasonTyped()
    {
        var world = await ProposedAsync("decline");
        var page = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}");

        var shown = await BusyPage.WhileLockedAsync(_factory, () => page.SubmitAsync(
            world.Mentor, new Dictionary<string, string> { ["reason"] = "No free evenings until March." }, "form[action$='/decline']"));

        BusyPage.AssertShownAgain(shown, ("#decline-reason", "No free evenings until March."));
        Assert.Equal(PairingState.Proposed, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task PostPairingClose_WhileAnotherWriterHoldsTheLock_ShowsTheConfirmStepAgainWithTheReasonTyped()
    {
        var world = await AcceptedAsync("close");
        var confirm = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}/close");

        var shown = await BusyPage.WhileLockedAsync(_factory, () => confirm.SubmitAsync(
            world.Mentor, new Dictionary<string, string> { ["reason"] = "Our goals are met early." }, "#close-form"));

        BusyPage.AssertShownAgain(shown, ("#reason", "Our goals are met early."));
        Assert.Equal("Close this pairing?", shown.Heading);
        Assert.Equal(PairingState.Accepted, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task PostPairingEnd_WhileAnotherWriterHoldsTheLock_ShowsTheConfirmStepAgainWithTheReasonTyped()
    {
        var world = await AcceptedAsync("end");
        var confirm = await HtmlPage.GetAsync(world.Mentor, $"/mentoring/pairings/{world.PairingId}/close");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = confirm.AntiforgeryToken,
            ["reason"] = "Moving to another state.",
        };

        var shown = await BusyPage.WhileLockedAsync(_factory, async () => await HtmlPage.ParseAsync(
            await world.Mentor.PostAsync($"/mentoring/pairings/{world.PairingId}/end", new FormUrlEncodedContent(fields))));

        BusyPage.AssertShownAgain(shown, ("#reason", "Moving to another state."));
        Assert.Equal("Close this pairing?", shown.Heading);
        Assert.Equal(PairingState.Accepted, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task PostStaffPairingCancel_WhileAnotherWriterHoldsTheLock_ShowsTheRequestAgainWithTheProposalStillOpen()
    {
        var world = await ProposedAsync("cancel");
        var page = await HtmlPage.GetAsync(world.Staff, $"/staff/requests/{world.RequestId}");

        var shown = await BusyPage.WhileLockedAsync(_factory, () => page.SubmitAsync(world.Staff, new Dictionary<string, string>(), "form[action$='/cancel']"));

        BusyPage.AssertShownAgain(shown);
        Assert.Equal(page.Heading, shown.Heading);
        Assert.NotNull(shown.Document.QuerySelector($"form[action='/staff/pairings/{world.PairingId}/cancel']"));
        Assert.Equal(PairingState.Proposed, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task PostStaffPairingEnd_WhileAnotherWriterHoldsTheLock_ShowsTheRequestAgainWithTheReasonTyped()
    {
        var world = await AcceptedAsync("staff-end");
        var page = await HtmlPage.GetAsync(world.Staff, $"/staff/requests/{world.RequestId}");

        var shown = await BusyPage.WhileLockedAsync(_factory, () => page.SubmitAsync(
            world.Staff, new Dictionary<string, string> { ["reason"] = "The mentor asked staff to end it." }, "form.staff-end-pairing"));

        BusyPage.AssertShownAgain(shown, ($"#end-reason-{world.PairingId}", "The mentor asked staff to end it."));
        Assert.Equal(page.Heading, shown.Heading);
        Assert.Equal(PairingState.Accepted, await StateAsync(world.PairingId));
    }

    [Fact]
    public async Task PostMentorStatus_WhileAnotherWriterHoldsTheLock_ShowsTheMentorAgainWithTheReasonTyped()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var name = "Dr Busy Status " + Guid.NewGuid().ToString("N")[..6];
        var (_, mentorId) = await VolunteerAsync(_factory, name);
        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var shown = await BusyPage.WhileLockedAsync(_factory, () => page.SubmitAsync(
            staff, new Dictionary<string, string> { ["reason"] = "No license on file for New York." }, "form.vet-Declined"));

        BusyPage.AssertShownAgain(shown, ("#reason-Declined", "No license on file for New York."));
        Assert.Equal(name, shown.Heading);
        Assert.Equal("Pending", shown.Document.QuerySelector(".mentor-status")?.TextContent.Trim());
        Assert.Equal(MentorStatus.Pending, await QueryAsync(_factory, db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Status).SingleAsync()));
    }

    [Fact]
    public async Task PostCoordinatorChanges_WhileAnotherWriterHoldsTheLock_ShowsTheProposalAgainAsTyped()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var program = await AddProgramAsync("Busy proposing program");
        var coordinator = PortalClient.Anonymous(_factory);
        var page = await HtmlPage.GetAsync(coordinator, (await SendLinkAsync(staff, program)).PathAndQuery);

        var shown = await BusyPage.WhileLockedAsync(_factory, () => page.SubmitAsync(coordinator, new Dictionary<string, string>
        {
            ["Input.Positions"] = "14",
            ["note"] = "Fourteen positions from July; see our FAQ.",
        }, "form#propose-form"));

        BusyPage.AssertShownAgain(shown, ("#Input_Positions", "14"), ("#note", "Fourteen positions from July; see our FAQ."));
        Assert.Equal($"Confirm {program.Name}", shown.Heading);
        Assert.Equal(ProgramConfirmationStatus.Sent, await ConfirmationStatusAsync(program.Id));
    }

    [Fact]
    public async Task PostStaffConfirmationSend_WhileAnotherWriterHoldsTheLock_ShowsTheOverviewAgainWithTheAddressTyped()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var program = await AddProgramAsync("Busy sending program");
        var overview = await OverviewWithAsync(staff, program.Id);

        var shown = await BusyPage.WhileLockedAsync(_factory, () => overview.SubmitAsync(
            staff, new Dictionary<string, string> { ["CoordinatorEmail"] = "busy-coordinator@program.example.org" }, $"#program-{program.Id} form.send-link"));

        BusyPage.AssertShownAgain(shown, ($"#program-{program.Id} [name='CoordinatorEmail']", "busy-coordinator@program.example.org"));
        Assert.False(await QueryAsync(_factory, db => db.ProgramConfirmationRequests.AnyAsync(r => r.ProgramId == program.Id)));
    }

    [Fact]
    public async Task PostStaffConfirmationReject_WhileAnotherWriterHoldsTheLock_ShowsTheReviewAgainWithTheReasonTyped()
    {
        var staff = await PortalClient.AsRoleAsync(_factory, Roles.Staff);
        var program = await AddProgramAsync("Busy rejected program");
        var coordinator = PortalClient.Anonymous(_factory);
        var open = await HtmlPage.GetAsync(coordinator, (await SendLinkAsync(staff, program)).PathAndQuery);
        await open.SubmitAsync(coordinator, new Dictionary<string, string> { ["Input.Positions"] = "9", ["note"] = "Trust us." }, "form#propose-form");
        var requestId = await QueryAsync(_factory, db => db.ProgramConfirmationRequests.Where(r => r.ProgramId == program.Id).Select(r => r.Id).SingleAsync());
        var review = await HtmlPage.GetAsync(staff, $"/staff/programs/confirmations/{requestId}");

        var shown = await BusyPage.WhileLockedAsync(_factory, () => review.SubmitAsync(
            staff, new Dictionary<string, string> { ["Reason"] = "Their own site still lists six positions." }, "form#reject-form"));

        BusyPage.AssertShownAgain(shown, ("#Reason", "Their own site still lists six positions."));
        Assert.Equal(ProgramConfirmationStatus.Proposed, await ConfirmationStatusAsync(program.Id));
    }

    public void Dispose() => _factory.Dispose();

    private Task<PairingState> StateAsync(int pairingId) =>
        QueryAsync(_factory, db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.State).SingleAsync());

    private Task<ProposedPairing> ProposedAsync(string tag) => ProposedPairingAsync(_factory, "Busy " + tag);

    /// <summary><see cref="ProposedAsync"/>, then the mentor accepts with an agreement.</summary>
    private async Task<ProposedPairing> AcceptedAsync(string tag)
    {
        var world = await ProposedAsync(tag);
        await AcceptWithAgreementAsync(_factory, world);
        return world;
    }

    private Task<ResidencyProgram> AddProgramAsync(string name) => ProgramTestData.AddProgramAsync(_factory, name);

    /// <summary>Staff send the program's coordinator a link (outside any lock); returns the link from the e-mail.</summary>
    private async Task<Uri> SendLinkAsync(HttpClient staff, ResidencyProgram program)
    {
        var email = $"coordinator-{Guid.NewGuid():N}@program.example.org";
        var overview = await OverviewWithAsync(staff, program.Id);
        await overview.SubmitAsync(staff, new Dictionary<string, string> { ["CoordinatorEmail"] = email }, $"#program-{program.Id} form.send-link");
        await _factory.Mailbox.WaitForAsync(email);
        return _factory.Mailbox.LinkIn(email, "/programs/confirm/");
    }

    private static async Task<HtmlPage> OverviewWithAsync(HttpClient staff, int programId)
    {
        for (var page = 1; ; page++)
        {
            var overview = await HtmlPage.GetAsync(staff, "/staff/programs/confirmations?page=" + page.ToString(CultureInfo.InvariantCulture));
            if (overview.Document.GetElementById($"program-{programId}") is not null || overview.Document.QuerySelector("a[rel=next]") is null)
            {
                return overview;
            }
        }
    }

    private Task<ProgramConfirmationStatus> ConfirmationStatusAsync(int programId) =>
        QueryAsync(_factory, db => db.ProgramConfirmationRequests.Where(r => r.ProgramId == programId).OrderByDescending(r => r.Id).Select(r => r.Status).FirstAsync());
}
