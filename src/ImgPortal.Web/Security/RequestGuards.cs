using Microsoft.AspNetCore.Diagnostics;

namespace ImgPortal.Web.Security;

/// <summary>
/// Requests the portal refuses before anything reads them, each answered through the friendly error pages with the
/// security headers: a host outside <c>AllowedHosts</c> (400), plain http while cookies must be secure (a redirect
/// to https, or 400 naming the settings: <see cref="HttpsRequirement"/>), a body in a charset other than UTF-8 (415).
/// The re-executed error page itself is let through.
/// </summary>
public sealed class RequestGuards(RequestDelegate next, AllowedHosts hosts, HttpsRequirement https)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return next(context);
        }

        var request = context.Request;
        var response = context.Response;
        if (!hosts.IsAllowed(request.Host))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        if (https.Applies(request))
        {
            if (https.HttpsAddressFor(request) is { } address)
            {
                // 307 keeps the method and body: a form posted over http arrives on https as it was sent.
                response.StatusCode = StatusCodes.Status307TemporaryRedirect;
                response.Headers.Location = address;
                return Task.CompletedTask;
            }

            context.Items[HttpsRequirement.RefusedItem] = HttpsRequirement.RefusedMessage;
            response.StatusCode = StatusCodes.Status400BadRequest;
            return Task.CompletedTask;
        }

        if (!RequestCharset.IsSupported(request))
        {
            response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return Task.CompletedTask;
        }

        return next(context);
    }

    /// <summary>Whether a request would pass every guard: the front page cache answers only those (ADR 0060).</summary>
    public static bool Passes(HttpRequest request, AllowedHosts hosts, HttpsRequirement https) =>
        hosts.IsAllowed(request.Host) && !https.Applies(request) && RequestCharset.IsSupported(request);
}
