using System.Globalization;
using System.Reflection;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Resilience;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace ImgPortal.Web.Resilience;

/// <summary>
/// A form post whose write found the database locked by another writer for longer than
/// <c>Database:BusyTimeoutSeconds</c>: instead of the bare 503 page (and the typed form lost), the form is shown
/// again with what was typed, the message <see cref="Message"/> and status 503 (with Retry-After).
/// <para>
/// How the form is shown again: the function the action registered with <see cref="ShowFormAgainWhenBusy"/>, if
/// any; otherwise the action runs a second time with the same bound arguments, <see cref="Message"/> in its
/// ModelState (so an action that checks <c>ModelState.IsValid</c> before it writes answers its form) and inside
/// <see cref="ReadOnlyScope"/> (so that run can never write). Either way the request's database context first forgets
/// the refused save's changes, so the page shows what was committed. When that second run does not end in a view (it
/// tried to write, or it redirects), the 503 page from <see cref="DatabaseFaultMiddleware"/> answers as before.
/// </para>
/// </summary>
public sealed class BusyFormFilter(ILogger<BusyFormFilter> logger) : IAsyncActionFilter
{
    public const string Message = "Nothing was saved: the database was busy. Please try again.";

    /// <summary>How long the browser is told to wait before posting again.</summary>
    public const int RetryAfterSeconds = 5;

    private static readonly object FormKey = new();

    /// <summary>
    /// Call before the write when running the action again with an invalid ModelState would not show the form:
    /// <paramref name="showForm"/> builds the form again from what was posted (it may read the database, which a
    /// writer's lock does not block) if the write finds the database busy.
    /// </summary>
    public static void ShowFormAgainWhenBusy(Controller controller, Func<Task<IActionResult>> showForm) =>
        controller.HttpContext.Items[FormKey] = showForm;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.ExceptionHandled
            || executed.Exception is not { } exception
            || !DatabaseFailure.IsBusy(exception)
            || context.Controller is not Controller controller
            || context.HttpContext.Response.HasStarted)
        {
            return;
        }

        // The refused save's changes are still tracked: the form is shown again from what was committed (and what was
        // typed, in ModelState), never from the change that was not saved.
        context.HttpContext.RequestServices.GetService<AppDbContext>()?.ChangeTracker.Clear();
        controller.ModelState.AddModelError(string.Empty, Message);
        var form = context.HttpContext.Items[FormKey] is Func<Task<IActionResult>> showForm
            ? await showForm()
            : await RunAgainWithoutWritingAsync(context, controller);
        if (form is not ViewResult view)
        {
            return;
        }

        view.StatusCode = StatusCodes.Status503ServiceUnavailable;
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        executed.Result = view;
        executed.ExceptionHandled = true;
    }

    private async Task<IActionResult?> RunAgainWithoutWritingAsync(ActionExecutingContext context, Controller controller)
    {
        if (!HttpMethods.IsPost(context.HttpContext.Request.Method) || context.ActionDescriptor is not ControllerActionDescriptor action)
        {
            return null;
        }

        var arguments = action.MethodInfo.GetParameters()
            .Select(p => context.ActionArguments.TryGetValue(p.Name ?? string.Empty, out var value) ? value
                : p.HasDefaultValue ? p.DefaultValue : null)
            .ToArray();
        using (ReadOnlyScope.Begin())
        {
            try
            {
                return await ResultOf(action.MethodInfo.Invoke(controller, arguments));
            }
            catch (Exception again) when (again is TargetInvocationException { InnerException: { } inner } ? Expected(inner) : Expected(again))
            {
                logger.LogInformation("{Action} could not show its form again after a busy write: it would have written", action.DisplayName);
                return null;
            }
        }
    }

    // The second run tried to write (refused), or met the lock again.
    private static bool Expected(Exception exception) => ReadOnlyScope.Refused(exception) || DatabaseFailure.IsBusy(exception);

    private static async Task<IActionResult?> ResultOf(object? returned)
    {
        switch (returned)
        {
            case IActionResult result:
                return result;
            case Task task:
                await task;
                return task.GetType().GetProperty(nameof(Task<int>.Result))?.GetValue(task) switch
                {
                    IActionResult result => result,
                    IConvertToActionResult convertible => convertible.Convert(),
                    _ => null,
                };
            case IConvertToActionResult convertible:
                return convertible.Convert();
            default:
                return null;
        }
    }
}
