using System.Text.RegularExpressions;

namespace ImgPortal.Core.Content;

/// <summary>
/// A North American phone number as staff type it ("516-488-6100 ext. 383", "(516) 488 6100", "+1 516 488 6100 x383"),
/// ready for a caller abroad: a <c>tel:</c> link with the +1 country code and the extension (RFC 3966), and the
/// international way to write it.
/// </summary>
public sealed partial record PhoneNumber(string AreaCode, string Exchange, string Line, string? Extension)
{
    /// <summary>The number for a <c>tel:</c> link, e.g. <c>tel:+15164886100;ext=383</c>.</summary>
    public string TelUri => $"tel:+1{AreaCode}{Exchange}{Line}" + (Extension is null ? string.Empty : $";ext={Extension}");

    /// <summary>The number as shown, e.g. "+1 (516) 488-6100, ext. 383".</summary>
    public string Display => $"+1 ({AreaCode}) {Exchange}-{Line}" + (Extension is null ? string.Empty : $", ext. {Extension}");

    /// <summary>Reads a US or Canadian number (10 digits, or 11 starting with 1, with an optional extension);
    /// null when <paramref name="text"/> is anything else, so the caller shows it as typed.</summary>
    public static PhoneNumber? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Pattern().Match(text);
        return match.Success
            ? new PhoneNumber(
                match.Groups["area"].Value,
                match.Groups["exchange"].Value,
                match.Groups["line"].Value,
                match.Groups["ext"].Success ? match.Groups["ext"].Value : null)
            : null;
    }

    [GeneratedRegex(
        @"^\s*(?:\+?1[\s.\-]*)?\(?(?<area>[2-9]\d{2})\)?[\s.\-]*(?<exchange>[2-9]\d{2})[\s.\-]*(?<line>\d{4})"
            + @"\s*(?:(?:,|;)?\s*(?:ext\.?|extension|x|ext=)\s*(?<ext>\d{1,6}))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
