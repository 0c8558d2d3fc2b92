using System.Text.RegularExpressions;

namespace ImgPortal.Web.Logging;

/// <summary>
/// Takes the secrets out of a logged path or URL: the calendar feed's token (<c>/calendar/***.ics</c>) and the
/// values of the query keys that carry a token, a code or whom it is for (the check-in link's <c>token</c>, the
/// Identity confirm-email, change-e-mail and reset-password links' <c>userId</c>, <c>email</c> and <c>code</c>).
/// Matched anywhere in a value, so it also covers full URLs and paths inside other text.
/// </summary>
public static partial class LogRedaction
{
    public const string Mask = "***";

    /// <summary>The query keys whose values are secret (or personal) in some link the portal sends.</summary>
    public static readonly IReadOnlyList<string> SecretQueryKeys = ["token", "code", "userId", "email"];

    public static string Redact(string value)
    {
        if (value.Contains("/calendar/", StringComparison.OrdinalIgnoreCase))
        {
            value = CalendarToken().Replace(value, "$1" + Mask + "$2");
        }

        if (value.Contains('=', StringComparison.Ordinal) || value.Contains("%3D", StringComparison.OrdinalIgnoreCase))
        {
            value = SecretQueryValue().Replace(value, "$1" + Mask);
        }

        return value;
    }

    // /calendar/<token>.ics (RoadmapController): the whole segment, whatever the case or ending.
    [GeneratedRegex(@"(/calendar/)[^/?#\s]+?(\.ics)?(?=[/?#\s""']|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarToken();

    // ?token=…, &code=…, also percent-encoded inside another URL (%3Fcode%3D…), up to the next parameter.
    [GeneratedRegex(@"((?:[?&]|%3F|%26)(?:token|code|userId|email)(?:=|%3D))(?:[^&#\s%]|%(?!26)[0-9A-F]{2})*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretQueryValue();
}
