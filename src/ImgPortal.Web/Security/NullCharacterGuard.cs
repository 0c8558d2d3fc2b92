using System.Buffers;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Primitives;

namespace ImgPortal.Web.Security;

/// <summary>
/// No field takes a null character (U+0000): a request carrying one in its path, route, query or an
/// url-encoded form gets 400 with the friendly page saying so. ASP.NET Core's form reader throws on <c>%00</c> in a
/// posted value (it used to reach the error page as a 500), so the body is scanned here, after the rate limits and
/// authorization, before anything decodes it. Multipart bodies (uploads) are left to their own limits.
/// </summary>
public sealed class NullCharacterGuard(RequestDelegate next, ILogger<NullCharacterGuard> logger)
{
    private const int BufferSize = 16 * 1024;

    public const string RefusedMessage =
        "What you sent holds a null character (U+0000), which no field accepts. Go back, remove it (it often comes with text pasted from another program) and try again.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next(context);
            return;
        }

        var request = context.Request;
        var where = HasNull(request.Path.Value) ? "path"
            : request.RouteValues.Values.Any(v => v is string s && HasNull(s)) ? "route"
            : request.Query.Any(q => HasNull(q.Key) || HasNull(q.Value)) ? "query"
            : await FormHasNullAsync(request) ? "form"
            : null;
        if (where is null)
        {
            await next(context);
            return;
        }

        logger.LogWarning("Request on {Path} refused with 400: a null character in its {Part}", request.Path, where);
        context.Items[HttpsRequirement.RefusedItem] = RefusedMessage;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    // An url-encoded body can carry U+0000 only as "%00" (or a raw zero byte). The body is buffered and scanned
    // before anything decodes it (the form reader throws on "%00"), then rewound for the form reader.
    private static async Task<bool> FormHasNullAsync(HttpRequest request)
    {
        if (!request.HasFormContentType
            || !request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        request.EnableBuffering();
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            var state = 0; // 1: after '%', 2: after "%0"
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(0, BufferSize), request.HttpContext.RequestAborted)) > 0)
            {
                foreach (var b in buffer.AsSpan(0, read))
                {
                    state = (state, b) switch
                    {
                        (_, 0) => 3,
                        (1, (byte)'0') => 2,
                        (2, (byte)'0') => 3,
                        (_, (byte)'%') => 1,
                        _ => 0,
                    };
                    if (state == 3)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
        finally
        {
            request.Body.Position = 0;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool HasNull(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    private static bool HasNull(StringValues values) => values.Any(HasNull);
}
