using ImgPortal.Core.Content;

namespace ImgPortal.Core.SourceWatch;

/// <summary>One spelling per address, so two items citing the same page share one tracked source.</summary>
public static class SourceUrls
{
    /// <summary>
    /// Lowercase scheme and host, no default port, no fragment, "/" for an empty path; the path and query kept as
    /// written (they may be case-sensitive). Null for anything but an absolute http(s) address.
    /// </summary>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) || uri.Host.Length == 0)
        {
            return null;
        }

        var builder = new UriBuilder(uri) { Fragment = string.Empty, Host = uri.Host.ToLowerInvariant() };
        if (uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri.AbsoluteUri;
    }

    /// <summary>The normalized addresses of the source lines in <paramref name="sourceLines"/> ("URL | title | date", one a line).</summary>
    public static IEnumerable<string> InSourceLines(string? sourceLines) =>
        PathwaySources.Read((sourceLines ?? string.Empty).ReplaceLineEndings("\n"))
            .Select(s => Normalize(s.Url.OriginalString))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// <paramref name="sourceLines"/> with the checked date of every line citing <paramref name="normalizedUrl"/> moved to
    /// <paramref name="on"/> (never back); the text unchanged when no line cites it.
    /// </summary>
    public static string MarkChecked(string sourceLines, string normalizedUrl, DateOnly on)
    {
        var sources = PathwaySources.Read(sourceLines.ReplaceLineEndings("\n"));
        if (!sources.Any(s => Normalize(s.Url.OriginalString) == normalizedUrl))
        {
            return sourceLines;
        }

        return PathwaySources.Write(sources.Select(s =>
            Normalize(s.Url.OriginalString) == normalizedUrl && s.VerifiedOn < on ? s with { VerifiedOn = on } : s));
    }
}
