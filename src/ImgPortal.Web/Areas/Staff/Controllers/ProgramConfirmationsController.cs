using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Staff;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// Programs confirming their own records (ADR 0083): which programs have not confirmed this year, sending a
/// coordinator a signed link or a reminder, and reviewing a proposal as a per-field diff to accept or reject.
/// </summary>
[Route("staff/programs/confirmations")]
public sealed class ProgramConfirmationsController(IProgramConfirmationService confirmations) : StaffControllerBase
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await confirmations.OverviewAsync(cancellationToken));

    /// <summary>A reload of the address a refused "send link" was shown at opens the overview.</summary>
    [HttpGet("send")]
    public IActionResult SendReloaded() => ToIndex();

    [HttpPost("send")]
    public async Task<IActionResult> Send(SendConfirmationInput input, CancellationToken cancellationToken) =>
        await this.ToResultAsync(
            await confirmations.SendAsync(input.ProgramId, input.CoordinatorEmail ?? string.Empty, cancellationToken),
            onDone: ToIndex,
            onInvalid: async () =>
            {
                // The overview again, the refused row keeping what was typed with its message.
                ViewData[RefusedRow] = input;
                return View(nameof(Index), await confirmations.OverviewAsync(cancellationToken));
            });

    /// <summary>The ViewData key of the send form that was refused, so its row shows the typed address and the message.</summary>
    public const string RefusedRow = "RefusedSend";

    [HttpPost("{id:int}/remind")]
    public async Task<IActionResult> Remind(int id, CancellationToken cancellationToken) =>
        this.ToResult(await confirmations.RemindAsync(id, cancellationToken), onDone: ToIndex);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        var review = await confirmations.ReviewAsync(id, cancellationToken);
        return review is null ? NotFound() : View(new ProposalReviewViewModel(review, string.Empty));
    }

    [HttpPost("{id:int}/accept")]
    public async Task<IActionResult> Accept(int id, Guid recordVersion, CancellationToken cancellationToken)
    {
        var outcome = await confirmations.AcceptAsync(id, recordVersion, cancellationToken);
        return this.ToResult(outcome, onDone: ToIndex, onConflict: () =>
        {
            Flash(outcome.Message);
            return RedirectToAction(nameof(Review), new { id });
        });
    }

    [HttpPost("{id:int}/reject")]
    public async Task<IActionResult> Reject(int id, RejectProposalInput input, CancellationToken cancellationToken)
    {
        var outcome = await confirmations.RejectAsync(id, input.Reason ?? string.Empty, cancellationToken);
        if (outcome.Kind == Core.Common.OutcomeKind.Invalid)
        {
            var review = await confirmations.ReviewAsync(id, cancellationToken);
            if (review is null)
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(RejectProposalInput.Reason), outcome.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Review), new ProposalReviewViewModel(review, input.Reason ?? string.Empty));
        }

        return this.ToResult(outcome, onDone: ToIndex);
    }

    private RedirectToActionResult ToIndex() => RedirectToAction(nameof(Index));
}
