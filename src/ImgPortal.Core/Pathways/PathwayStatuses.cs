using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>
/// Which statuses are current law or on the way to it, and which is strongest: accepting applications, then
/// enacted with rules pending, then a pending bill. Ended and failed measures are history and never count.
/// </summary>
public static class PathwayStatuses
{
    /// <summary>The current statuses, strongest first: the map's legend order.</summary>
    public static readonly IReadOnlyList<PathwayStatus> CurrentStrongestFirst =
        [PathwayStatus.AcceptingApplications, PathwayStatus.EnactedRulesPending, PathwayStatus.BillPending];

    public static readonly IReadOnlyList<PathwayStatus> History = [PathwayStatus.Ended, PathwayStatus.Failed];

    public static bool IsCurrent(PathwayStatus status) => CurrentStrongestFirst.Contains(status);

    /// <summary>The strongest current status among <paramref name="statuses"/>, or null when none is current.</summary>
    public static PathwayStatus? Strongest(IEnumerable<PathwayStatus> statuses)
    {
        var set = statuses.ToHashSet();
        return CurrentStrongestFirst.Where(set.Contains).Select(s => (PathwayStatus?)s).FirstOrDefault();
    }

    /// <summary>Every state's strongest current status (states with no current pathway are left out).</summary>
    public static IReadOnlyDictionary<string, PathwayStatus> StrongestByState(IEnumerable<(string State, PathwayStatus Status)> pathways) =>
        pathways.GroupBy(p => p.State.ToUpperInvariant())
            .Select(g => (g.Key, Strongest: Strongest(g.Select(p => p.Status))))
            .Where(g => g.Strongest is not null)
            .ToDictionary(g => g.Key, g => g.Strongest!.Value);
}
