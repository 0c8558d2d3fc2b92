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
/// pairing's request. A refusal (a busy database, or Core's rules: an early end without a reason, a reason too long)
/// shows the request again with the reason as typed and the message under it (ADR 0104, ADR 0117).
/// </summary>
public sealed class PairingsController(
    IStaffPairingsService pairings, IPairingTransitions transitions, IStaffRequestService requests) : StaffControllerBase
{
    [HttpGet("/staff/pairings")]
    public async Task<IActionResult> Index(bool stuck = false, int page = 1, CancellationToken cancellationToken = default) =>
        View(new ActivePairingsViewModel(stuck, await pairings.ListActiveAsync(stuck, page, cancellationToken)));

    /// <summary>
    /// A reload of the address a refused withdraw or end was shown at (the request's page, ADR 0117) opens the list of
    /// pairings: the request it came from was posted with the form, not kept in the address.
    /// </summary>
    [HttpGet("/staff/pairings/{id:int}/cancel")]
    [HttpGet("/staff/pairings/{id:int}/end")]
    public IActionResult EndReloaded(int id) => RedirectToAction(nameof(Index));

    [HttpPost("/staff/pairings/{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        ModelState.IsValid ? await DoneAsync(requestId, await transitions.CancelAsync(id, reason, cancellationToken), cancellationToken) : await RequestAgainAsync(requestId, cancellationToken);

    [HttpPost("/staff/pairings/{id:int}/end")]
    public async Task<IActionResult> End(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        ModelState.IsValid ? await DoneAsync(requestId, await transitions.EndAsync(id, reason, cancellationToken), cancellationToken) : await RequestAgainAsync(requestId, cancellationToken);

    /// <summary>
    /// Back to the request after a withdraw or end; a refusal shows the request again (<see cref="RequestAgainAsync"/>), a
    /// conflict (someone changed the pairing at the same moment) is flashed on the request as saved now.
    /// </summary>
    private Task<IActionResult> DoneAsync(int requestId, Outcome outcome, CancellationToken cancellationToken) =>
        this.ToResultAsync(
            outcome,
            onDone: () => ToRequest(requestId),
            onInvalid: () => RequestAgainAsync(requestId, cancellationToken),
            onConflict: this.RefusedTo(outcome, () => ToRequest(requestId)));

    private RedirectToActionResult ToRequest(int requestId) => RedirectToAction(nameof(RequestsController.Show), "Requests", new { id = requestId });

    /// <summary>
    /// The request's page again after a withdraw or end was refused, nothing written: by ModelState (the busy database's
    /// message, ADR 0104) or by Core's rules (ADR 0117). The posted pairing's reason field shows what was typed and the
    /// message under it (the view reads both from ModelState).
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
