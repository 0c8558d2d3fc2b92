using System.Globalization;
using ImgPortal.Infrastructure.Data.Resilience;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ImgPortal.Web.Resilience;

/// <summary>
/// A form post whose write found the database locked by another writer for longer than
/// <c>Database:BusyTimeoutSeconds</c>: instead of the bare 503 page (and the typed form lost), the form the
/// action registered with <see cref="ShowFormAgainWhenBusy"/> is shown again with what was typed, the message
/// <see cref="Message"/> and status 503 (with Retry-After). Actions that registered nothing get the 503 page
/// from <see cref="DatabaseFaultMiddleware"/> as before.
/// </summary>
public sealed class BusyFormFilter : IAsyncExceptionFilter
{
    public const string Message = "Nothing was saved: the database was busy. Please try again.";

    /// <summary>How long the browser is told to wait before posting again.</summary>
    public const int RetryAfterSeconds = 5;

    private static readonly object FormKey = new();

    /// <summary>
    /// Call before the write: <paramref name="showForm"/> builds the form again from what was posted (it may
    /// read the database, which a writer's lock does not block) if the write finds the database busy.
    /// </summary>
    public static void ShowFormAgainWhenBusy(Controller controller, Func<Task<IActionResult>> showForm) =>
        controller.HttpContext.Items[FormKey] = showForm;

    public async Task OnExceptionAsync(ExceptionContext context)
    {
        if (context.ExceptionHandled
            || !DatabaseFailure.IsBusy(context.Exception)
            || context.HttpContext.Items[FormKey] is not Func<Task<IActionResult>> showForm
            || context.HttpContext.Response.HasStarted)
        {
            return;
        }

        context.ModelState.AddModelError(string.Empty, Message);
        var result = await showForm();
        if (result is ViewResult view)
        {
            view.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }

        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        context.Result = result;
        context.ExceptionHandled = true;
    }
}
