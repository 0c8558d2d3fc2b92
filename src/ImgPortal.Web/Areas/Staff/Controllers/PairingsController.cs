using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Dashboards;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// Staff's side of pairing: the program's counts, mentees' requests with ranked suggestions, and pairing. Withdrawing
/// and ending call the same <see cref="IPairingTransitions"/> as the pairing page (ADR 0069).
/// </summary>
public sealed class PairingsController(
    IStaffMentoringCountsService counts,
    IMentorChoiceService choices,
    IStaffRequestService requests,
    IProposalService proposals,
    IPairingTransitions transitions)
    : StaffControllerBase
{
    [HttpGet("/staff/mentoring")]
    public async Task<IActionResult> Dashboard(CancellationToken cancellationToken) =>
        View(await counts.StaffCountsAsync(cancellationToken));

    [HttpPost("/staff/mentoring/settings")]
    public async Task<IActionResult> Settings(bool membersMayChoose, CancellationToken cancellationToken)
    {
        var outcome = await choices.SetMembersMayChooseAsync(membersMayChoose, cancellationToken);
        return this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Dashboard)));
    }

    [HttpGet("/staff/requests")]
    public async Task<IActionResult> Index(RequestStatus? status, int page = 1, CancellationToken cancellationToken = default) =>
        View(new StaffRequestListViewModel(status, await requests.ListRequestsAsync(status, page, cancellationToken)));

    [HttpGet("/staff/requests/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var request = await requests.GetRequestAsync(id, cancellationToken);
        return request is null ? NotFound() : View(request);
    }

    [HttpPost("/staff/requests/{id:int}/pair")]
    public async Task<IActionResult> Pair(int id, int mentorId, CancellationToken cancellationToken) =>
        Done(id, await proposals.ProposeAsync(id, mentorId, cancellationToken));

    [HttpPost("/staff/pairings/{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        ModelState.IsValid ? Done(requestId, await transitions.CancelAsync(id, reason, cancellationToken)) : await RequestAgainAsync(requestId, cancellationToken);

    [HttpPost("/staff/pairings/{id:int}/end")]
    public async Task<IActionResult> End(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        ModelState.IsValid ? Done(requestId, await transitions.EndAsync(id, reason, cancellationToken)) : await RequestAgainAsync(requestId, cancellationToken);

    private IActionResult Done(int requestId, Outcome outcome) =>
        this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Show), new { id = requestId }));

    /// <summary>
    /// The request's page again after ModelState refused a withdraw or end (the busy database's message, ADR 0104),
    /// nothing written: the posted pairing's reason field shows what was typed (the view reads it from ModelState).
    /// </summary>
    private async Task<IActionResult> RequestAgainAsync(int requestId, CancellationToken cancellationToken)
    {
        var request = await requests.GetRequestAsync(requestId, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Show), request);
    }
}
