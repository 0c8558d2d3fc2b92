using Microsoft.Net.Http.Headers;

namespace ImgPortal.Web.Security;

/// <summary>
/// The character sets a request body may declare. Browsers send forms as UTF-8 (or name no charset at all);
/// anything else (<c>utf-7</c>, <c>utf-32</c>, a made-up name) is refused with 415 before a form reader or model
/// binder meets it, instead of failing deep inside them with a 500.
/// </summary>
public static class RequestCharset
{
    private static readonly HashSet<string> Supported = new(StringComparer.OrdinalIgnoreCase)
    {
        "utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin1",
    };

    /// <summary>Whether the request's <c>Content-Type</c> names no charset, or one of the supported ones.</summary>
    public static bool IsSupported(HttpRequest request)
    {
        if (string.IsNullOrEmpty(request.ContentType))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType))
        {
            // An unreadable Content-Type names no charset; the form reader answers it as a bad request.
            return true;
        }

        var charset = contentType.Charset;
        return !charset.HasValue || Supported.Contains(charset.Value!.Trim('"'));
    }
}
