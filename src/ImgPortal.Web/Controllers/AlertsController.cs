using ImgPortal.Core.Alerts;
using ImgPortal.Core.Common;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Alerts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// A member's follow settings (<c>/alerts</c>, their own only) and the one-click unsubscribe of alert e-mails, which
/// works without logging in: GET shows a confirm button, POST (the button, or a mail client per RFC 8058) turns alerts off.
/// </summary>
[Authorize]
public sealed class AlertsController(IAlertSettingsService alerts) : Controller
{
    [HttpGet("/alerts")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var settings = await alerts.GetOwnAsync(cancellationToken);
        return View(new AlertsViewModel(AlertsInputModel.From(settings), settings.FromProfile));
    }

    [HttpPost("/alerts")]
    public async Task<IActionResult> Edit([Bind(Prefix = "Input")] AlertsInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            this.AddMissingErrors(alerts.Validate(input.ToSettings()), "Input");

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new AlertsViewModel(input, PreFilled: false));
        }

        var outcome = await alerts.SaveOwnAsync(input.ToSettings(), cancellationToken);
        return this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(Edit)),
            onInvalid: () => View(new AlertsViewModel(input, PreFilled: false)),
            prefix: "Input");
    }

    [AllowAnonymous]
    [HttpGet("/alerts/unsubscribe")]
    public IActionResult Unsubscribe([FromQuery] string? token)
    {
        var status = alerts.Check(token);
        if (status != UnsubscribeTokenStatus.Valid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View(new UnsubscribeViewModel(token, status));
    }

    /// <summary>
    /// The token in the address is the proof: mail clients post here without the portal's anti-forgery token
    /// (RFC 8058), so it is not asked for.
    /// </summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [HttpPost("/alerts/unsubscribe")]
    public async Task<IActionResult> Unsubscribe([FromQuery] string? token, [FromForm(Name = "confirmed")] string? confirmed, CancellationToken cancellationToken)
    {
        _ = confirmed;
        var outcome = await alerts.UnsubscribeAsync(token, cancellationToken);
        if (!outcome.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new UnsubscribeViewModel(token, alerts.Check(token)));
        }

        return View("Unsubscribed");
    }
}
