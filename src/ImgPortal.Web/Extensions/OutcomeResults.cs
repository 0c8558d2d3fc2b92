using ImgPortal.Core.Common;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Extensions;

/// <summary>
/// The one way a controller turns a service's <see cref="Outcome"/> into a response: a redirect with a flash
/// message, a 404, a 403, the conflict page (409), or the form again with a message per field (400).
/// </summary>
public static class OutcomeResults
{
    /// <summary>The TempData key the layouts read to show a one-time message after a redirect.</summary>
    public const string FlashKey = "Status";

    /// <summary>The TempData key the layout reads to show a one-time refusal (red, never the green success box).</summary>
    public const string RefusalKey = "Refusal";

    /// <summary>Shows <paramref name="message"/> once, on the page the next redirect lands on.</summary>
    public static void Flash(this Controller controller, string message) => controller.TempData[FlashKey] = message;

    /// <summary>Shows a refusal once, in a red alert, on the page the next redirect lands on.</summary>
    public static void FlashRefusal(this Controller controller, string message) => controller.TempData[RefusalKey] = message;

    /// <param name="controller">The controller handling the request.</param>
    /// <param name="outcome">What the service did.</param>
    /// <param name="onDone">Where to go after a success (usually a redirect); the outcome's message is flashed first.</param>
    /// <param name="onInvalid">
    /// Shows the form again. The outcome's field errors are added to <c>ModelState</c> first (under
    /// <paramref name="prefix"/>), and the response status is 400. Without it, the message is flashed as a refusal and
    /// <paramref name="onDone"/> runs.
    /// </param>
    /// <param name="onConflict">
    /// Shows the conflict page (status 409). Without it, a conflict is treated like an invalid outcome.
    /// </param>
    /// <param name="prefix">The input model's prefix in the form (e.g. <c>Input</c>), if any.</param>
    public static IActionResult ToResult(
        this Controller controller,
        Outcome outcome,
        Func<IActionResult> onDone,
        Func<IActionResult>? onInvalid = null,
        Func<IActionResult>? onConflict = null,
        string? prefix = null)
    {
        switch (outcome.Kind)
        {
            case OutcomeKind.Done:
                if (!string.IsNullOrEmpty(outcome.Message))
                {
                    controller.Flash(outcome.Message);
                }

                return onDone();
            case OutcomeKind.NotFound:
                return controller.NotFound();
            case OutcomeKind.Forbidden:
                return controller.Forbid();
            case OutcomeKind.Conflict when onConflict is not null:
                controller.Response.StatusCode = StatusCodes.Status409Conflict;
                return onConflict();
            default:
                if (onInvalid is null)
                {
                    controller.FlashRefusal(outcome.Message);
                    return onDone();
                }

                controller.AddErrors(outcome, prefix);
                controller.Response.StatusCode = StatusCodes.Status400BadRequest;
                return onInvalid();
        }
    }

    /// <summary>
    /// <see cref="ToResult"/> for a form shown again by an asynchronous step (one that loads the page first): the same
    /// handling of every kind, with <paramref name="onInvalid"/> awaited.
    /// </summary>
    public static async Task<IActionResult> ToResultAsync(
        this Controller controller,
        Outcome outcome,
        Func<IActionResult> onDone,
        Func<Task<IActionResult>> onInvalid,
        string? prefix = null)
    {
        Task<IActionResult>? shownAgain = null;
        var result = controller.ToResult(outcome, onDone, onInvalid: () =>
        {
            shownAgain = onInvalid();
            return new EmptyResult();
        }, prefix: prefix);
        return shownAgain is null ? result : await shownAgain;
    }

    /// <summary>Copies an outcome's messages into <c>ModelState</c>, each under its field.</summary>
    public static void AddErrors(this Controller controller, Outcome outcome, string? prefix = null)
    {
        var errors = outcome.Errors.Count > 0 ? outcome.Errors : [new FieldError(string.Empty, outcome.Message)];
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(error.Field) || string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            controller.ModelState.AddModelError(key, error.Message);
        }
    }
}
