using System.Globalization;

namespace ImgPortal.Core.Content;

/// <summary>
/// Reads and writes a pathway's sources, kept one a line as "URL | title | yyyy-MM-dd" (ADR 0040). <see cref="Parse"/>
/// checks every line and names the line of each problem, so the staff form says exactly what to fix.
/// </summary>
public static class PathwaySources
{
    public const string DateFormat = "yyyy-MM-dd";

    private const char Separator = '|';

    /// <summary>The sources in <paramref name="text"/> and the problems found, one message per bad line.</summary>
    public static (IReadOnlyList<PathwaySource> Sources, IReadOnlyList<string> Problems) Parse(string text, DateOnly? notAfter = null)
    {
        var sources = new List<PathwaySource>();
        var problems = new List<string>();
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var number = i + 1;
            var parts = lines[i].Split(Separator).Select(p => p.Trim()).ToArray();
            if (parts.Length != 3)
            {
                problems.Add($"Line {number}: write the address, the title and the date, separated by \"|\".");
                continue;
            }

            if (!Uri.TryCreate(parts[0], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Host.Length == 0)
            {
                problems.Add($"Line {number}: give a full web address starting with http:// or https://.");
                continue;
            }

            if (parts[1].Length == 0)
            {
                problems.Add($"Line {number}: give the source's title.");
                continue;
            }

            if (!DateOnly.TryParseExact(parts[2], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var verified))
            {
                problems.Add($"Line {number}: give the date it was verified as year-month-day, e.g. 2026-01-31.");
                continue;
            }

            if (notAfter is { } today && verified > today)
            {
                problems.Add($"Line {number}: the verified date cannot be in the future.");
                continue;
            }

            sources.Add(new PathwaySource(url, parts[1], verified));
        }

        return (sources, problems);
    }

    /// <summary>The valid sources in <paramref name="text"/> (bad lines are skipped; the editor never saves one).</summary>
    public static IReadOnlyList<PathwaySource> Read(string text) => Parse(text).Sources;

    /// <summary>The text for <paramref name="sources"/>, one a line.</summary>
    public static string Write(IEnumerable<PathwaySource> sources) =>
        string.Join('\n', sources.Select(s => $"{s.Url.OriginalString} {Separator} {s.Title} {Separator} {s.VerifiedOn.ToString(DateFormat, CultureInfo.InvariantCulture)}"));
}
