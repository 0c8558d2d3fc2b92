using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// /staff/pairings: pairings after the match, every active pairing with the stuck ones first and why; withdrawing and
/// ending a pairing call the same <see cref="IPairingTransitions"/> as the pairing page (ADR 0069) and return to the
/// pairing's request.
/// </summary>
public sealed class PairingsController(IStaffPairingsService pairings, IPairingTransitions transitions) : StaffControllerBase
{
    [HttpGet("/staff/pairings")]
    public async Task<IActionResult> Index(bool stuck = false, int page = 1, CancellationToken cancellationToken = default) =>
        View(new ActivePairingsViewModel(stuck, await pairings.ListActiveAsync(stuck, page, cancellationToken)));

    [HttpPost("/staff/pairings/{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        Done(requestId, await transitions.CancelAsync(id, reason, cancellationToken));

    [HttpPost("/staff/pairings/{id:int}/end")]
    public async Task<IActionResult> End(int id, int requestId, string? reason, CancellationToken cancellationToken) =>
        Done(requestId, await transitions.EndAsync(id, reason, cancellationToken));

    private IActionResult Done(int requestId, Outcome outcome) =>
        this.ToResult(outcome, onDone: () => RedirectToAction(nameof(RequestsController.Show), "Requests", new { id = requestId }));
}
