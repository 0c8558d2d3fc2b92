using ImgPortal.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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
    /// handling of every kind, with <paramref name="onInvalid"/> (and <paramref name="onConflict"/>) awaited.
    /// </summary>
    public static async Task<IActionResult> ToResultAsync(
        this Controller controller,
        Outcome outcome,
        Func<IActionResult> onDone,
        Func<Task<IActionResult>> onInvalid,
        string? prefix = null,
        Func<Task<IActionResult>>? onConflict = null)
    {
        Task<IActionResult>? shown = null;
        Func<IActionResult> Deferred(Func<Task<IActionResult>> step) => () =>
        {
            shown = step();
            return new EmptyResult();
        };

        var result = controller.ToResult(
            outcome, onDone, onInvalid: Deferred(onInvalid), onConflict: onConflict is null ? null : Deferred(onConflict), prefix: prefix);
        return shown is null ? result : await shown;
    }

    /// <summary>
    /// An <c>onConflict</c> for a form whose version is stale: the conflict is flashed as a refusal and the person goes to
    /// <paramref name="to"/> (showing the stale form again would only conflict again).
    /// </summary>
    public static Func<Task<IActionResult>> RefusedTo(this Controller controller, Outcome outcome, Func<IActionResult> to) => () =>
    {
        controller.FlashRefusal(outcome.Message);
        return Task.FromResult(to());
    };

    /// <summary>
    /// Shows a form again that the binder refused, with the status every refused form answers (400): the same as
    /// <see cref="ToResult"/> gives a form that Core's rules refused, so a refusal reads the same whichever step refused it.
    /// </summary>
    public static IActionResult FormAgain(this Controller controller, IActionResult form)
    {
        controller.Response.StatusCode = StatusCodes.Status400BadRequest;
        return form;
    }

    /// <summary>
    /// For a form the binder already refused: adds the Core rules' messages for the fields that have none yet, so the
    /// form shows every error at once, not the rules' only after the binder's are fixed (issue 21, ADR 0097).
    /// </summary>
    public static void AddMissingErrors(this Controller controller, IEnumerable<FieldError> errors, string? prefix = null)
    {
        foreach (var error in errors)
        {
            var key = string.IsNullOrEmpty(error.Field) || string.IsNullOrEmpty(prefix) ? error.Field : $"{prefix}.{error.Field}";
            if (controller.ModelState[key] is not { Errors.Count: > 0 } && !PartsRefused(controller.ModelState, key))
            {
                controller.ModelState.AddModelError(key, error.Message);
            }
        }
    }

    /// <summary>
    /// Whether a part of a list field already has its own message (<c>Licenses[0].Number</c> for <c>Licenses</c>): the
    /// rule's message for the whole list would only repeat it, with no one field to link to.
    /// </summary>
    private static bool PartsRefused(ModelStateDictionary modelState, string key) =>
        !string.IsNullOrEmpty(key)
        && modelState.Any(entry => entry.Value is { Errors.Count: > 0 } && entry.Key.StartsWith(key + "[", StringComparison.Ordinal));

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
