using ImgPortal.Core.Profiles.Outcomes;

namespace ImgPortal.Core.Mentoring.Reports;

/// <summary>
/// Turns anonymous request rows and reported outcomes into figures per cohort (the year the member asked).
/// A member who asked in two years counts in both; their outcomes count in each of their cohorts, once per kind.
/// </summary>
public static class CohortCalculator
{
    /// <summary>The cohorts, latest year first; years without a request do not appear.</summary>
    public static IReadOnlyList<CohortFigures> Compute(
        IEnumerable<CohortRequest> requests, IEnumerable<(string MemberKey, MemberOutcomeKind Kind)> outcomes)
    {
        var kindsByMember = outcomes
            .GroupBy(o => o.MemberKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Kind).Distinct().ToList(), StringComparer.Ordinal);
        return
        [
            .. requests
                .GroupBy(r => r.Year)
                .OrderByDescending(g => g.Key)
                .Select(g => Figures(g.Key, [.. g], kindsByMember)),
        ];
    }

    /// <summary>The middle value (the mean of the two middle ones for an even count); null for none.</summary>
    public static double? Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static CohortFigures Figures(int year, IReadOnlyList<CohortRequest> requests, Dictionary<string, List<MemberOutcomeKind>> kindsByMember)
    {
        var members = requests.Select(r => r.MemberKey).Distinct(StringComparer.Ordinal).ToList();
        var waits = requests.Select(r => r.DaysToMatch).OfType<double>().ToList();
        var ratings = requests.SelectMany(r => r.Ratings).ToList();
        var reporting = members
            .SelectMany(m => kindsByMember.GetValueOrDefault(m) ?? [])
            .GroupBy(k => k)
            .ToDictionary(g => g.Key, g => g.Count());
        return new CohortFigures(
            year,
            members.Count,
            requests.Count,
            waits.Count,
            Median(waits),
            requests.Count(r => r.ActivePairing),
            ratings.Count,
            ratings.Count == 0 ? null : ratings.Average(),
            reporting);
    }
}
