using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// /staff/pairings: pairings after the match, every active pairing with the stuck ones first and why; withdrawing and
/// ending a pairing call the same <see cref="IPairingTransitions"/> as the pairing page (ADR 0069) and return to the
/// pairing's request.
/// </summary>
public sealed class PairingsController(
    IStaffPairingsService pairings, IPairingTransitions transitions, IStaffRequestService requests) : StaffControllerBase
{
    [HttpGet("/staff/pairings")]
    public async Task<IActionResult> Index(bool stuck = false, int page = 1, CancellationToken cancellationToken = default) =>
        View(new ActivePairingsViewModel(stuck, await pairings.ListActiveAsync(stuck, page, cancellationToken)));

    [HttpPost("/staff/pairings/{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        ModelState.IsValid ? Done(requestId, await transitions.CancelAsync(id, reason, cancellationToken)) : await RequestAgainAsync(requestId, cancellationToken);

    [HttpPost("/staff/pairings/{id:int}/end")]
    public async Task<IActionResult> End(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        ModelState.IsValid ? Done(requestId, await transitions.EndAsync(id, reason, cancellationToken)) : await RequestAgainAsync(requestId, cancellationToken);

    private IActionResult Done(int requestId, Outcome outcome) =>
        this.ToResult(outcome, onDone: () => RedirectToAction(nameof(RequestsController.Show), "Requests", new { id = requestId }));

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
        return View("~/Areas/Staff/Views/Requests/Show.cshtml", request);
    }
}
