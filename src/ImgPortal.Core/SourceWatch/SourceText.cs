using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ImgPortal.Core.SourceWatch;

/// <summary>
/// Makes a page's main text comparable from one check to the next: whitespace collapsed, and the page's own dates
/// ("Last updated December 7, 2026", "2026-12-07", "12/07/2026") replaced by a marker, so a page whose only change is
/// its date is not a change (ADR 0077). The text is kept to <see cref="MaxLength"/> characters.
/// </summary>
public static partial class SourceText
{
    /// <summary>The most text kept per source (about 30,000 words): the diff and the database stay bounded.</summary>
    public const int MaxLength = 200_000;

    public const string DateMarker = "[date]";

    public static string Normalize(string text)
    {
        var dated = Dates().Replace(text, DateMarker);
        var collapsed = Whitespace().Replace(dated, " ").Trim();
        return collapsed.Length <= MaxLength ? collapsed : collapsed[..MaxLength];
    }

    public static string Hash(string normalized) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Month-name dates (with or without the day, abbreviated or not), ISO dates and times, and numeric US/European dates.
    [GeneratedRegex(
        @"\b(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4})\b"
        + @"|\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b"
        + @"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dates();
}
