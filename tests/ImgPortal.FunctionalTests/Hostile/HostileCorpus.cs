namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>
/// What an attacker (or an unlucky paste) puts into a text field. Each value must be stored exactly as typed
/// and shown encoded, or refused with a message at the field; none may cause a 500 or run in a page.
/// Add a line for each new trick; the suite posts every one into every text field of every form.
/// </summary>
public static class HostileCorpus
{
    public const int LongLength = 100_000;

    /// <summary>
    /// Values no field accepts: a request carrying one (in a posted form or a query) is refused as a whole with 400
    /// and the friendly page saying why (<c>NullCharacterGuard</c>), never a 500. ASP.NET Core's form reader cannot
    /// even decode a posted <c>%00</c>, so no field could show a message for it.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RefusedWhole = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["null byte"] = "null character (U+0000)",
    };

    /// <summary>Fields that hold a list: a value is stored as its entries, split where the form says it splits.</summary>
    public static readonly IReadOnlyDictionary<string, char[]> ListFields = new Dictionary<string, char[]>(StringComparer.Ordinal)
    {
        ["TrainingCountries"] = [',', ';', '\n'],
        ["Input.Languages"] = [','],
    };

    /// <summary>Character sets a body may claim that the portal does not read: each post gets 415 with the friendly page, never a 500.</summary>
    public static readonly IReadOnlyList<string> UnsupportedCharsets = ["utf-7", "bogus", "utf-32", "utf-16", "\"x-unknown\""];

    /// <summary>Dates at the ends of the calendar: a date field refuses them with a message or ignores them, never answers 500.</summary>
    public static readonly IReadOnlyList<string> BoundaryDates = ["0001-01-01", "9999-12-31", "0001-01-01T00:00", "9999-12-31T23:59"];

    public static readonly IReadOnlyDictionary<string, string> Values = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["script tag"] = "<script>window.__pwned=1</script>",
        ["event handler"] = "<img src=x onerror=\"window.__pwned=1\">",
        ["attribute breakout"] = "\"><svg onload=\"window.__pwned=1\">",
        ["markdown javascript link"] = "[x](javascript:window.__pwned=1)",
        ["markdown data link"] = "[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+)",
        ["html javascript link"] = "<a href=\"javascript:window.__pwned=1\">x</a>",
        ["sql drop"] = "'; DROP TABLE AspNetUsers; --",
        ["sql tautology"] = "' OR '1'='1",
        ["very long"] = new string('a', LongLength),
        ["control characters"] = "bell\u0007 escape\u001b[31m tab\u000b",
        ["right-to-left override"] = "invoice\u202Efdp.exe",
        ["emoji"] = "Dr \U0001F469\U0001F3FD\u200D\u2695\uFE0F Amara \U0001F1EE\U0001F1F3",
        ["zero-width"] = "zero\u200Dwidth\u200Bjoin\uFEFF",
        ["null byte"] = "nul\0byte",
    };
}
