using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Security;
using ImgPortal.Web.ViewModels.Programs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// A program coordinator's confirmation link (ADR 0083): no account, the signed link is the permission. It shows
/// only its program's current record; the coordinator confirms it or proposes changes with a note. A changed link
/// is a 400, an expired or used one a 410, each a friendly page. Rate-limited per client, reads included; never indexed.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.ProgramConfirmation)]
public sealed class ProgramConfirmationController(ICoordinatorAnswerService confirmations) : Controller
{
    private const string Prefix = "Input";

    [HttpGet(ConfirmationLinkService.LinkPath + "{token}")]
    public async Task<IActionResult> Open(string token, CancellationToken cancellationToken)
    {
        NoIndex();
        var link = await confirmations.OpenAsync(token, cancellationToken);
        return link.Record is { } record ? View(new CoordinatorPageViewModel(token, record, new Dictionary<string, string>(), string.Empty)) : Problem(link.Status);
    }

    [HttpPost(ConfirmationLinkService.LinkPath + "{token}")]
    public async Task<IActionResult> Confirm(string token, CancellationToken cancellationToken)
    {
        NoIndex();
        var answer = await confirmations.ConfirmAsync(token, cancellationToken);
        return Answered(answer, token, new Dictionary<string, string>(), string.Empty);
    }

    [HttpPost(ConfirmationLinkService.LinkPath + "{token}/changes")]
    public async Task<IActionResult> Propose(
        string token, [Bind(Prefix = Prefix)] Dictionary<string, string?> input, string? note, CancellationToken cancellationToken)
    {
        NoIndex();
        var typed = input.ToDictionary(v => v.Key, v => v.Value ?? string.Empty);
        if (!ModelState.IsValid)
        {
            // Refused before the write (the busy database's message, ADR 0104): the page again as typed, nothing saved.
            var link = await confirmations.OpenAsync(token, cancellationToken);
            if (link.Record is not { } record)
            {
                return Problem(link.Status);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Open), new CoordinatorPageViewModel(token, record, typed, note ?? string.Empty));
        }

        var answer = await confirmations.ProposeAsync(token, input, note, cancellationToken);
        return Answered(answer, token, typed, note ?? string.Empty);
    }

    /// <summary>
    /// The answer through <see cref="OutcomeResults.ToResult"/> like every form: thanks (the outcome's message, flashed) on
    /// success, the page again with each field's message on a refusal (400) or the reason on a conflict (409). The proposed
    /// values' errors sit under <c>Input.</c>, the note's under <c>Input.Note</c> (the view shows them at its <c>note</c> field).
    /// </summary>
    private IActionResult Answered(CoordinatorAnswer answer, string token, Dictionary<string, string> typed, string note)
    {
        if (answer.Outcome is not { } outcome)
        {
            return Problem(answer.Status);
        }

        ViewResult Again() => View(nameof(Open), new CoordinatorPageViewModel(token, answer.Record!, typed, note));
        return this.ToResult(
            outcome,
            onDone: () => View("Message", new CoordinatorMessageViewModel("Thank you", string.Empty)),
            onInvalid: Again,
            onConflict: () =>
            {
                this.AddErrors(outcome, Prefix);
                return Again();
            },
            prefix: Prefix);
    }

    private ViewResult Problem(ProgramConfirmationLinkStatus status)
    {
        var (code, message) = status switch
        {
            ProgramConfirmationLinkStatus.Expired => (StatusCodes.Status410Gone, "This link has expired. Write to us and we will send you a new one."),
            ProgramConfirmationLinkStatus.Used => (StatusCodes.Status410Gone, "This link was already used, so it opens nothing now. Thank you for your answer; if you need to change something, write to us."),
            _ => (StatusCodes.Status400BadRequest, "This link is not complete or was changed. Open it again from the e-mail, or write to us for a new one."),
        };
        Response.StatusCode = code;
        return View("Message", new CoordinatorMessageViewModel("This link does not work", message));
    }

    private void NoIndex() => Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
}
