using System.Globalization;
using ImgPortal.Infrastructure.Data.Resilience;
using Microsoft.AspNetCore.Diagnostics;

namespace ImgPortal.Web.Resilience;

/// <summary>
/// Turns "the database is unavailable" into 503 with Retry-After and no body, which the status-code pages
/// re-execute as the friendly "temporarily unavailable" page. Any other exception passes on to the
/// exception handler (a 500, logged once with its request id). The outage itself is logged once, by
/// <see cref="DatabaseAvailability"/>, not here.
/// </summary>
public sealed class DatabaseFaultMiddleware(RequestDelegate next, DatabaseAvailability availability)
{
    public const int RetryAfterSeconds = 30;

    private static readonly object SessionUncheckedKey = new();

    /// <summary>Called by the cookie's validation when the database could not confirm the session.</summary>
    public static void MarkSessionUnchecked(HttpContext context) => context.Items[SessionUncheckedKey] = true;

    /// <summary>
    /// After authentication: a signed-in visitor whose session could not be checked gets the 503 page rather than
    /// being treated as a stranger (sent to log in, or shown pages without their name). The re-executed error
    /// page itself is let through, shown as to a visitor.
    /// </summary>
    public static Task RefuseUncheckedSessions(HttpContext context, RequestDelegate next)
    {
        if (context.Items.ContainsKey(SessionUncheckedKey) && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            SetUnavailable(context.Response);
            return Task.CompletedTask;
        }

        return next(context);
    }

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex) && !context.Response.HasStarted)
        {
            availability.ReportFailure(ex);
            context.Response.Clear();
            SetUnavailable(context.Response);
        }
    }

    private static void SetUnavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
    }
}
