using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Dashboards;
using ImgPortal.Core.Mentoring.Directory;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Web.Caching;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Security;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// The mentoring program for mentors and members: sign-up, the directory, requests, the dashboard and
/// feedback. Answering and closing a pairing is <see cref="PairingController"/>. The guidance page <c>/mentoring</c> itself belongs to <see cref="GuidanceController"/>.
/// Ownership is checked in the services; someone else's pairing is a 404.
/// </summary>
[Authorize]
public sealed class MentoringController(
    IMentorApplicationService applications,
    IMentorDirectoryService directory,
    IMenteeRequestService requests,
    IProposalService proposals,
    IPairingFeedbackService feedback,
    IMentoringDashboardService dashboards,
    IMentorChoiceService choices)
    : Controller
{
    [AllowAnonymous]
    [HttpGet("/mentoring/volunteer")]
    public async Task<IActionResult> Volunteer(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return View("SignInFirst");
        }

        // Someone who has applied and may not apply again sees their application (and may change it while pending).
        var own = await applications.GetOwnApplicationAsync(cancellationToken);
        if (own is { MayApplyAgain: false })
        {
            return await Application(cancellationToken);
        }

        // "Name shown to mentees" starts from the name the person registered with; they may change it.
        return View(new VolunteerInputModel { DisplayName = User.FindFirst(PortalClaimTypes.DisplayName)?.Value ?? string.Empty });
    }

    [HttpPost("/mentoring/volunteer")]
    [EnableRateLimiting(PortalRateLimits.MentorSignUp)]
    public async Task<IActionResult> Volunteer(VolunteerInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // The rules' messages too, for the fields the binder did not refuse: every error on the first try.
            this.AddMissingErrors(MentorDetailsRules.Validate(input.ToDetails()));
            return this.FormAgain(View(input));
        }

        var outcome = await applications.ApplyAsync(input.ToDetails(), input.ReadOrientation, cancellationToken);
        return this.ToResult(outcome, onDone: ToDashboard, onInvalid: () => View(input));
    }

    /// <summary>The volunteer's own application: where it stands, and a form to change it while staff have not decided.</summary>
    [HttpGet("/mentoring/application")]
    public async Task<IActionResult> Application(CancellationToken cancellationToken)
    {
        var own = await applications.GetOwnDetailsAsync(cancellationToken);
        if (own is null)
        {
            return RedirectToAction(nameof(Volunteer));
        }

        var input = MentorDetailsInputModel.From<OwnApplicationInputModel>(own.Details);
        input.Version = own.Version;
        return View(nameof(Application), new OwnApplicationViewModel(own, input));
    }

    [HttpPost("/mentoring/application")]
    public async Task<IActionResult> Application(OwnApplicationInputModel input, CancellationToken cancellationToken)
    {
        var own = await applications.GetOwnDetailsAsync(cancellationToken);
        if (own is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            this.AddMissingErrors(MentorDetailsRules.Validate(input.ToDetails()));
            return this.FormAgain(View(nameof(Application), new OwnApplicationViewModel(own, input)));
        }

        var outcome = await applications.UpdateOwnAsync(input.Version, input.ToDetails(), cancellationToken);
        return this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(Application)),
            onInvalid: () => View(nameof(Application), new OwnApplicationViewModel(own, input)));
    }

    [AllowAnonymous]
    [HttpGet("/mentoring/mentors")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Mentors(
        string? specialty, string? language, string? state, int page = 1, CancellationToken cancellationToken = default)
    {
        var filter = new DirectoryFilter(
            MentoringCatalog.IsSpecialty(specialty) ? specialty : null,
            MentoringCatalog.IsLanguage(language) ? language : null,
            MentoringCatalog.IsState(state) ? state : null);
        var results = await directory.DirectoryAsync(filter, page, cancellationToken);
        return View(new DirectoryViewModel(filter, results.Page, results.MoreThanCounted, await choices.MembersMayChooseAsync(cancellationToken)));
    }

    /// <summary>A new request; <paramref name="mentor"/> ("Ask this mentor") ranks that mentor first, or adds them to the open request.</summary>
    [HttpGet("/mentoring/request")]
    public async Task<IActionResult> AskForMentor(int? mentor, CancellationToken cancellationToken)
    {
        if (await requests.HasActiveRequestAsync(cancellationToken))
        {
            if (mentor is not null && await choices.OpenRequestIdAsync(cancellationToken) is { } openId)
            {
                return RedirectToAction(nameof(OwnRequest), new { id = openId, mentor });
            }

            this.Flash(MentoringMessages.AlreadyRequested);
            return ToDashboard();
        }

        var input = MenteeRequestInputModel.From(await requests.DraftRequestAsync(cancellationToken));
        if (mentor is { } mentorId)
        {
            input.AddChoice(mentorId);
        }

        return View(input);
    }

    [HttpPost("/mentoring/request")]
    [EnableRateLimiting(PortalRateLimits.MentorRequest)]
    public async Task<IActionResult> AskForMentor(MenteeRequestInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            this.AddMissingErrors(await requests.ValidateAsync(input.ToDetails(), null, cancellationToken));
            return this.FormAgain(View(input));
        }

        var outcome = await requests.CreateRequestAsync(input.ToDetails(), cancellationToken);
        return this.ToResult(outcome, onDone: ToDashboard, onInvalid: () => View(input));
    }

    /// <summary>The member's request; <paramref name="mentor"/> ("Ask this mentor") adds that mentor to the ranking, saved with the form.</summary>
    [HttpGet("/mentoring/requests/{id:int}")]
    public async Task<IActionResult> OwnRequest(int id, int? mentor, CancellationToken cancellationToken)
    {
        var request = await requests.GetOwnRequestAsync(id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var input = MenteeRequestInputModel.From(request.Details);
        input.Version = request.Version;
        string? added = null;
        if (mentor is { } mentorId && request.MayEdit)
        {
            added = input.AddChoice(mentorId)
                ? "The mentor you asked for is added to your ranking below. Save your request to keep it."
                : "You have already ranked that mentor, or three mentors: change your ranking below and save.";
        }

        return View(new OwnRequestViewModel(request, input, added));
    }

    [HttpPost("/mentoring/requests/{id:int}")]
    public async Task<IActionResult> OwnRequest(int id, MenteeRequestInputModel input, CancellationToken cancellationToken)
    {
        var request = await requests.GetOwnRequestAsync(id, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            this.AddMissingErrors(await requests.ValidateAsync(input.ToDetails(), id, cancellationToken));
            return this.FormAgain(View(new OwnRequestViewModel(request, input)));
        }

        var outcome = await requests.UpdateRequestAsync(id, input.Version, input.ToDetails(), cancellationToken);
        return this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(OwnRequest), new { id }),
            onInvalid: () => View(new OwnRequestViewModel(request, input)));
    }

    [HttpPost("/mentoring/requests/{id:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int id, CancellationToken cancellationToken) =>
        Done(await requests.WithdrawRequestAsync(id, cancellationToken));

    [HttpGet("/mentoring/dashboard")]
    public async Task<IActionResult> Dashboard(CancellationToken cancellationToken) =>
        View(await dashboards.DashboardAsync(cancellationToken));

    [HttpPost("/mentoring/requests/{id:int}/choose")]
    public async Task<IActionResult> Choose(int id, int mentorId, CancellationToken cancellationToken) =>
        Done(await proposals.ProposeAsync(id, mentorId, cancellationToken));

    /// <summary>
    /// Feedback on a pairing: any time while it is active, from a check-in (<paramref name="checkIn"/> 30 or 90 tags it),
    /// and once after it ended. Someone else's pairing, or one with nothing to give feedback on, is a 404.
    /// </summary>
    [HttpGet("/mentoring/pairings/{id:int}/feedback")]
    public async Task<IActionResult> Feedback(int id, int? checkIn, CancellationToken cancellationToken)
    {
        var form = await feedback.GetFormAsync(id, checkIn, cancellationToken);
        return form is null ? NotFound() : View(new FeedbackViewModel(form, new FeedbackInputModel(), checkIn));
    }

    [HttpPost("/mentoring/pairings/{id:int}/feedback")]
    public async Task<IActionResult> Feedback(
        int id, int? checkIn, [Bind(Prefix = "Input")] FeedbackInputModel input, CancellationToken cancellationToken)
    {
        var form = await feedback.GetFormAsync(id, checkIn, cancellationToken);
        if (form is null)
        {
            // Nothing to give feedback on (a 404), or the second post of a double submit (thanked again, ADR 0102).
            return this.ToResult(await feedback.LeaveFeedbackAsync(id, checkIn, input.Rating, input.Comment, cancellationToken), onDone: ToDashboard);
        }

        var model = new FeedbackViewModel(form, input, checkIn);
        if (!ModelState.IsValid)
        {
            return this.FormAgain(View(model));
        }

        var outcome = await feedback.LeaveFeedbackAsync(id, checkIn, input.Rating, input.Comment, cancellationToken);
        return this.ToResult(
            outcome,
            onDone: () => form.Occasion == FeedbackOccasion.AfterClose
                ? ToDashboard()
                : RedirectToAction(nameof(PairingController.Show), "Pairing", new { id }),
            onInvalid: () => View(model),
            prefix: "Input");
    }

    private IActionResult Done(Outcome outcome) => this.ToResult(outcome, onDone: ToDashboard);

    private RedirectToActionResult ToDashboard() => RedirectToAction(nameof(Dashboard));
}
