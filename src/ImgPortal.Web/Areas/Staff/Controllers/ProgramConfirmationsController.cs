using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Web.Areas.Staff.ViewModels.ProgramConfirmations;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Resilience;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// Programs confirming their own records (ADR 0083): which programs have not confirmed this year, sending a
/// coordinator a signed link or a reminder, and reviewing a proposal as a per-field diff to accept or reject.
/// </summary>
[Route("staff/programs/confirmations")]
public sealed class ProgramConfirmationsController(
    IConfirmationOverviewService overview,
    IConfirmationLinkService links,
    IProposalReviewService reviews) : StaffControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await overview.OverviewAsync(page, cancellationToken));

    /// <summary>A reload of the address a refused "send link" was shown at opens the overview page it came from.</summary>
    [HttpGet("send")]
    public IActionResult SendReloaded(int page = 1) => ToIndex(page);

    /// <summary>Sends a link; <paramref name="page"/> is the overview page the form was on, shown again afterwards.</summary>
    /// <remarks>
    /// The form comes back the same way after a busy write (<see cref="BusyFormFilter.ShowFormAgainWhenBusy"/>): a
    /// ModelState check first would refuse an overlong address with the binder's message, not the service's.
    /// </remarks>
    [HttpPost("send")]
    public async Task<IActionResult> Send(SendConfirmationInput input, int page = 1, CancellationToken cancellationToken = default)
    {
        // The same overview page again, the refused row keeping what was typed with its message.
        async Task<IActionResult> SendFormAgain()
        {
            ViewData[RefusedRow] = input;
            return View(nameof(Index), await overview.OverviewAsync(page, cancellationToken));
        }

        BusyFormFilter.ShowFormAgainWhenBusy(this, SendFormAgain);
        return await this.ToResultAsync(
            await links.SendAsync(input.ProgramId, input.CoordinatorEmail ?? string.Empty, cancellationToken),
            onDone: () => ToIndex(page),
            onInvalid: SendFormAgain);
    }

    /// <summary>The ViewData key of the send form that was refused, so its row shows the typed address and the message.</summary>
    public const string RefusedRow = "RefusedSend";

    [HttpPost("{id:int}/remind")]
    public async Task<IActionResult> Remind(int id, int page = 1, CancellationToken cancellationToken = default) =>
        this.ToResult(await links.RemindAsync(id, cancellationToken), onDone: () => ToIndex(page));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        var review = await reviews.ReviewAsync(id, cancellationToken);
        return review is null ? NotFound() : View(new ProposalReviewViewModel(review, string.Empty));
    }

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, Guid recordVersion, CancellationToken cancellationToken)
    {
        var outcome = await reviews.AcceptAsync(id, recordVersion, cancellationToken);
        return this.ToResult(outcome, onDone: () => ToIndex(1), onConflict: () =>
        {
            Flash(outcome.Message);
            return RedirectToAction(nameof(Review), new { id });
        });
    }

    /// <remarks>Shown again after a busy write like <see cref="Send"/>, for the same reason.</remarks>
    [HttpPost("{id:int}/reject")]
    public async Task<IActionResult> Reject(int id, RejectProposalInput input, CancellationToken cancellationToken)
    {
        async Task<IActionResult> ReviewAgain() => await reviews.ReviewAsync(id, cancellationToken) is { } review
            ? View(nameof(Review), new ProposalReviewViewModel(review, input.Reason ?? string.Empty))
            : NotFound();

        BusyFormFilter.ShowFormAgainWhenBusy(this, ReviewAgain);
        var outcome = await reviews.RejectAsync(id, input.Reason ?? string.Empty, cancellationToken);
        return await this.ToResultAsync(
            outcome,
            onDone: () => ToIndex(1),
            onInvalid: ReviewAgain,
            onConflict: this.RefusedTo(outcome, () => ToIndex(1)));
    }

    /// <summary>
    /// The overview at <paramref name="page"/>. The page number goes in the query by hand: "page" is a route key of
    /// Razor Pages, so as a route value no action's address is generated for it.
    /// </summary>
    private RedirectResult ToIndex(int page)
    {
        var overviewAddress = Url.Action(nameof(Index))!;
        return Redirect(page > 1
            ? Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(overviewAddress, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))
            : overviewAddress);
    }
}
