using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Agreements;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Log;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Sharing;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// A pairing after the proposal: the page its mentor, its mentee and staff share (the other person, the agreement,
/// the log), answering and closing it, and the one-click check-in answers. Who may see what is decided in the
/// services; someone else's pairing is a 404. Every state change is one call to <see cref="IPairingTransitions"/>
/// (ADR 0069); staff's own buttons call the same.
/// </summary>
[Authorize]
public sealed class PairingController(
    IPairingPageService pairings, IPairingTransitions transitions, IPairingLogService log, ICheckInService checkIns,
    IRoadmapSharingService sharing) : Controller
{
    [HttpGet("/mentoring/pairings/{id:int}")]
    public async Task<IActionResult> Show(int id, int page = 1, CancellationToken cancellationToken = default)
    {
        var pairing = await pairings.GetAsync(id, page, cancellationToken);
        if (pairing is null)
        {
            return NotFound();
        }

        var agreement = pairing.Agreement is { } current
            ? AgreementInputModel.From(current)
            : AgreementInputModel.WithDefaults(pairing.DefaultMonths);
        return View(new PairingPageViewModel(pairing, agreement, new LogEntryInputModel()));
    }

    [HttpPost("/mentoring/pairings/{id:int}/accept-with-agreement")]
    public async Task<IActionResult> AcceptWithAgreement(
        int id, [Bind(Prefix = "Agreement")] AgreementInputModel agreement, CancellationToken cancellationToken) =>
        await SaveAgreementAsync(id, agreement, details => transitions.AcceptAsync(id, details, cancellationToken), cancellationToken);

    /// <summary>Accepting without the agreement (the mentor proposes it on the page afterwards): the same transition.</summary>
    [HttpPost("/mentoring/pairings/{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, CancellationToken cancellationToken) =>
        this.ToResult(await transitions.AcceptAsync(id, null, cancellationToken), onDone: ToDashboard);

    /// <summary>A reload of the address a refused decline was shown at opens the pairing.</summary>
    [HttpGet("/mentoring/pairings/{id:int}/decline")]
    public IActionResult DeclineReloaded(int id) => ToPairing(id);

    /// <summary>
    /// Declining with an optional reason. Refused, by ModelState (the busy database's message, ADR 0104) or by the rules
    /// (a reason too long, a proposal no longer open: ADR 0117), the pairing page comes back with the reason still in its
    /// field and the message under it (the view reads both from ModelState) and nothing is written.
    /// </summary>
    [HttpPost("/mentoring/pairings/{id:int}/decline")]
    public async Task<IActionResult> Decline(int id, string? reason, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(id, null, null, cancellationToken);
        }

        var outcome = await transitions.DeclineAsync(id, reason, cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: ToDashboard,
            onInvalid: () => ShowAgainAsync(id, null, null, cancellationToken),
            onConflict: this.RefusedTo(outcome, ToDashboard));
    }

    [HttpPost("/mentoring/pairings/{id:int}/agreement")]
    public async Task<IActionResult> ProposeAgreement(
        int id, [Bind(Prefix = "Agreement")] AgreementInputModel agreement, CancellationToken cancellationToken) =>
        await SaveAgreementAsync(id, agreement, details => pairings.ProposeAgreementAsync(id, details, cancellationToken), cancellationToken);

    [HttpPost("/mentoring/pairings/{id:int}/agreement/confirm")]
    public async Task<IActionResult> ConfirmAgreement(int id, CancellationToken cancellationToken) =>
        this.ToResult(await pairings.ConfirmAgreementAsync(id, cancellationToken), onDone: () => ToPairing(id));

    /// <summary>The mentee turns sharing their roadmap with their mentor on or off (off until they turn it on).</summary>
    [HttpPost("/mentoring/pairings/{id:int}/share-roadmap")]
    public async Task<IActionResult> ShareRoadmap(int id, bool share, CancellationToken cancellationToken) =>
        this.ToResult(await sharing.SetConsentAsync(id, share, cancellationToken), onDone: () => ToPairing(id));

    /// <summary>
    /// The confirm step before closing: "are you sure?" and why, as a page of its own so it works without script. A
    /// pairing that is no longer active has nothing to close: back to its (read-only) page.
    /// </summary>
    [HttpGet("/mentoring/pairings/{id:int}/close")]
    public async Task<IActionResult> ConfirmClose(int id, CancellationToken cancellationToken)
    {
        var pairing = await pairings.GetAsync(id, 1, cancellationToken);
        if (pairing is null)
        {
            return NotFound();
        }

        return pairing.MayEnd ? View(new CloseConfirmViewModel(pairing, null)) : ToPairing(id);
    }

    /// <summary>A reload of <c>/end</c>, the older address where a refused end is shown again, opens the confirm step.</summary>
    [HttpGet("/mentoring/pairings/{id:int}/end")]
    public IActionResult EndReloaded(int id) => RedirectToAction(nameof(ConfirmClose), new { id });

    /// <summary>Ending the pairing, posted from the confirm step; <c>/end</c> is the older address of the same action.</summary>
    [HttpPost("/mentoring/pairings/{id:int}/close")]
    [HttpPost("/mentoring/pairings/{id:int}/end")]
    public async Task<IActionResult> Close(int id, string? reason, CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? await this.ToResultAsync(
                await transitions.EndAsync(id, reason, cancellationToken),
                onDone: () => ToPairing(id),
                onInvalid: () => ConfirmAgainAsync(id, reason, cancellationToken))
            : await ConfirmAgainAsync(id, reason, cancellationToken);

    [HttpPost("/mentoring/pairings/{id:int}/log")]
    public async Task<IActionResult> AddEntry(int id, [Bind(Prefix = "Entry")] LogEntryInputModel entry, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            AddEveryLogProblem(entry);
            return await ShowAgainAsync(id, null, entry, cancellationToken);
        }

        return await this.ToResultAsync(
            await log.AddAsync(id, entry.ToDetails(), cancellationToken),
            onDone: () => ToPairing(id),
            onInvalid: () => ShowAgainAsync(id, null, entry, cancellationToken),
            prefix: "Entry");
    }

    [HttpGet("/mentoring/log/{entryId:int}/edit")]
    public async Task<IActionResult> EditEntry(int entryId, CancellationToken cancellationToken)
    {
        var entry = await log.GetOwnAsync(entryId, cancellationToken);
        return entry is null ? NotFound() : View(new LogEntryEditViewModel(entry.Id, entry.PairingId, LogEntryInputModel.From(entry.Details)));
    }

    [HttpPost("/mentoring/log/{entryId:int}/edit")]
    public async Task<IActionResult> EditEntry(int entryId, [Bind(Prefix = "Entry")] LogEntryInputModel entry, CancellationToken cancellationToken)
    {
        var own = await log.GetOwnAsync(entryId, cancellationToken);
        if (own is null)
        {
            return NotFound();
        }

        var model = new LogEntryEditViewModel(entryId, own.PairingId, entry);
        if (!ModelState.IsValid)
        {
            AddEveryLogProblem(entry);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var outcome = await log.UpdateAsync(entryId, entry.ToDetails(), cancellationToken);
        return this.ToResult(outcome, onDone: () => ToPairing(own.PairingId), onInvalid: () => View(model), prefix: "Entry");
    }

    [HttpPost("/mentoring/log/{entryId:int}/delete")]
    public async Task<IActionResult> DeleteEntry(int entryId, CancellationToken cancellationToken)
    {
        var own = await log.GetOwnAsync(entryId, cancellationToken);
        if (own is null)
        {
            return NotFound();
        }

        return this.ToResult(await log.DeleteAsync(entryId, cancellationToken), onDone: () => ToPairing(own.PairingId));
    }

    [HttpPost("/mentoring/log/{entryId:int}/done")]
    public async Task<IActionResult> MarkDone(int entryId, bool done, CancellationToken cancellationToken)
    {
        var outcome = await log.SetDoneAsync(entryId, done, cancellationToken);
        return outcome.Id is { } pairingId
            ? this.ToResult(outcome, onDone: () => ToPairing(pairingId))
            : this.ToResult(outcome, onDone: ToDashboard);
    }

    /// <summary>A one-click answer from a check-in e-mail: the signed link is the permission, so no sign-in.</summary>
    [AllowAnonymous]
    [HttpGet("/mentoring/check-in")]
    public async Task<IActionResult> CheckIn(string? token, CancellationToken cancellationToken)
    {
        var outcome = await checkIns.AnswerAsync(token, cancellationToken);
        if (outcome is { Succeeded: true, Value: { } thanks })
        {
            return View("CheckInThanks", thanks);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("CheckInProblem", new CheckInProblemViewModel(outcome.Message));
    }

    /// <summary>
    /// The one way an agreement form is posted (accepting with it, or proposing it): fields refused while binding show
    /// the pairing page again and save nothing; otherwise <paramref name="save"/> runs, and its refusals come back on
    /// the agreement's fields.
    /// </summary>
    private async Task<IActionResult> SaveAgreementAsync(
        int id, AgreementInputModel agreement, Func<AgreementDetails, Task<Outcome>> save, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(id, agreement, null, cancellationToken);
        }

        return await this.ToResultAsync(
            await save(agreement.ToDetails()),
            onDone: () => ToPairing(id),
            onInvalid: () => ShowAgainAsync(id, agreement, null, cancellationToken),
            prefix: "Agreement");
    }

    /// <summary>The pairing page again with what was typed and a message per field (status 400).</summary>
    private async Task<IActionResult> ShowAgainAsync(
        int id, AgreementInputModel? agreement, LogEntryInputModel? entry, CancellationToken cancellationToken)
    {
        var pairing = await pairings.GetAsync(id, 1, cancellationToken);
        if (pairing is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Show), new PairingPageViewModel(
            pairing,
            agreement ?? (pairing.Agreement is { } current ? AgreementInputModel.From(current) : AgreementInputModel.WithDefaults(pairing.DefaultMonths)),
            entry ?? new LogEntryInputModel()));
    }

    /// <summary>
    /// A log entry refused while binding (a date that is not a date, a note too long) also gets the log's own rules'
    /// messages for its other fields, so the error summary lists every problem at once, not one per try.
    /// </summary>
    private void AddEveryLogProblem(LogEntryInputModel entry)
    {
        foreach (var error in log.Check(entry.ToDetails()))
        {
            var key = "Entry." + error.Field;
            if (ModelState[key] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(key, error.Message);
            }
        }
    }

    /// <summary>The confirm step again with the reason typed and why it was refused (status 400).</summary>
    private async Task<IActionResult> ConfirmAgainAsync(int id, string? reason, CancellationToken cancellationToken)
    {
        var pairing = await pairings.GetAsync(id, 1, cancellationToken);
        if (pairing is null)
        {
            return NotFound();
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(ConfirmClose), new CloseConfirmViewModel(pairing, reason));
    }

    private RedirectToActionResult ToPairing(int id) => RedirectToAction(nameof(Show), new { id });

    private RedirectToActionResult ToDashboard() => RedirectToAction(nameof(MentoringController.Dashboard), "Mentoring");
}
