using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>
/// Counts that page prose states without typing them (ADR 0079): staff write a token in the Markdown of the state
/// pathways page and it is replaced, each time the page is read, by the figure computed from the current records.
/// </summary>
public static class PathwayCountTokens
{
    /// <summary>How many states have enacted a route to a full license without US residency training.</summary>
    public const string FullLicenseStates = "{{full-license-states}}";

    /// <summary>Those states' names, in alphabetical order ("Arkansas, Florida and Georgia").</summary>
    public const string FullLicenseStateNames = "{{full-license-state-names}}";

    /// <summary>How many states have a limited license or permit that never converts to a full license.</summary>
    public const string LimitedLicenseStates = "{{limited-license-states}}";

    /// <summary>The states with an enacted route to a full license (accepting applications, or enacted with rules pending).</summary>
    public static IReadOnlyList<string> StatesWithEnactedFullLicenseRoute(IEnumerable<PathwayDetail> current) =>
        current.Where(p => p.Kind == PathwayKind.FullLicenseWithoutUsResidency && p.Status is PathwayStatus.AcceptingApplications or PathwayStatus.EnactedRulesPending)
            .Select(p => p.State).Distinct().ToList();

    public static string Replace(string html, IReadOnlyList<PathwayDetail> current)
    {
        if (!html.Contains("{{", StringComparison.Ordinal))
        {
            return html;
        }

        var full = StatesWithEnactedFullLicenseRoute(current).Select(Common.UsStates.NameOf).Order(StringComparer.Ordinal).ToList();
        var limited = current.Where(p => MapStandings.IsLimited(p.Kind) && p.Status is PathwayStatus.AcceptingApplications or PathwayStatus.EnactedRulesPending)
            .Select(p => p.State).Distinct().Count();
        return html
            .Replace(FullLicenseStates, Number(full.Count), StringComparison.Ordinal)
            .Replace(FullLicenseStateNames, Names(full), StringComparison.Ordinal)
            .Replace(LimitedLicenseStates, Number(limited), StringComparison.Ordinal);
    }

    /// <summary>The text with every token taken out, for places that show page text without the records (search snippets).</summary>
    public static string Strip(string text) =>
        !text.Contains("{{", StringComparison.Ordinal) ? text
            : text.Replace(FullLicenseStates, string.Empty, StringComparison.Ordinal)
                .Replace(FullLicenseStateNames, string.Empty, StringComparison.Ordinal)
                .Replace(LimitedLicenseStates, string.Empty, StringComparison.Ordinal);

    private static string Number(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Names(List<string> names) => names.Count switch
    {
        0 => "none yet",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
