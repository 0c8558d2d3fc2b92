using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace ImgPortal.Web.Caching;

/// <summary>
/// First in the pipeline: an anonymous GET of a public page whose finished answer is in <see cref="FrontPageCache"/>
/// is answered from there, without routing, authentication, the rate limiter, MVC or the request log. Any other
/// eligible GET passes through and, when the output cache policy marked its answer storable, the bytes it sent are
/// kept for the next visitor who sends the same address and <c>Accept-Encoding</c>. Requests carrying a sign-in or
/// TempData cookie or an <c>Authorization</c> header, or that <see cref="RequestGuards"/> refuses, never read or fill it (see <see cref="PublicPageCachePolicy"/>).
/// </summary>
public sealed class FrontPageCacheMiddleware(RequestDelegate next, FrontPageCache cache, AllowedHosts hosts, HttpsRequirement https)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !IsPageAddress(request.Path) || PublicPageCachePolicy.MayBePersonal(request)
            || !RequestGuards.Passes(request, hosts, https))
        {
            await next(context);
            return;
        }

        var key = KeyOf(request);
        var generation = cache.Current;
        if (cache.TryGet(generation, key, out var entry))
        {
            await AnswerAsync(context.Response, entry, context.RequestAborted);
            return;
        }

        var original = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        var capture = new CapturingStream(original.Stream, FrontPageCache.MaxEntryBytes);
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(capture, original));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        var response = context.Response;
        if (capture.Captured is { } body
            && response.StatusCode == StatusCodes.Status200OK
            && context.Items.ContainsKey(FrontPageCache.StorableItem)
            && response.Headers.SetCookie.All(PublicPageCachePolicy.IsEmptyTempDataDeletion))
        {
            cache.Store(generation, key, request.QueryString.HasValue, response.StatusCode, StoredHeaders(response.Headers), body);
        }
    }

    private static async Task AnswerAsync(HttpResponse response, FrontPageEntry entry, CancellationToken cancellation)
    {
        response.StatusCode = entry.StatusCode;
        foreach (var (name, value) in entry.Headers)
        {
            response.Headers[name] = value;
        }

        response.ContentLength = entry.Body.Length;
        await response.Body.WriteAsync(entry.Body, cancellation);
    }

    // Static files (anything with an extension but the sitemap and robots.txt) are never output-cached; leaving
    // them alone keeps their send-file path.
    private static bool IsPageAddress(PathString path)
    {
        var value = path.Value ?? "/";
        var lastSegment = value.AsSpan(value.LastIndexOf('/') + 1);
        return !lastSegment.Contains('.')
            || lastSegment.EndsWith(".xml", StringComparison.Ordinal)
            || lastSegment.EndsWith(".txt", StringComparison.Ordinal);
    }

    // Case-sensitive like the output cache ("/Residency" must reach routing, which redirects it), and per
    // Accept-Encoding as sent: the same header always negotiates the same compression.
    private static string KeyOf(HttpRequest request) =>
        string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value, "|", request.Headers.AcceptEncoding.ToString());

    private static KeyValuePair<string, StringValues>[] StoredHeaders(IHeaderDictionary headers) =>
        headers
            .Where(h => !h.Key.Equals(HeaderNames.SetCookie, StringComparison.OrdinalIgnoreCase)
                && !h.Key.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
                && !h.Key.Equals(HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase)
                && !h.Key.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase))
            .ToArray();
}
