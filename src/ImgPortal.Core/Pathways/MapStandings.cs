using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>
/// The map's color rule (ADR 0079): a state is colored by its strongest current route to a full license. A limited
/// license or permit (New York's hospital permit, Washington's clinical experience license) never colors a state as
/// licensing without residency: it is shown apart, as a mark, because it never converts to a full license.
/// </summary>
public static class MapStandings
{
    /// <summary>Kinds that let a physician practice on a limited license or permit that does not become a full license.</summary>
    public static bool IsLimited(PathwayKind kind) => kind is PathwayKind.LimitedOrRestrictedLicense or PathwayKind.ClinicalExperienceLicense;

    /// <summary>The square's standing from the state's current pathways (history is ignored).</summary>
    public static MapStanding Of(IEnumerable<(PathwayKind Kind, PathwayStatus Status)> pathways)
    {
        var current = pathways.Where(p => PathwayStatuses.IsCurrent(p.Status)).ToList();
        var full = PathwayStatuses.Strongest(current.Where(p => p.Kind == PathwayKind.FullLicenseWithoutUsResidency).Select(p => p.Status));
        return full switch
        {
            PathwayStatus.AcceptingApplications => MapStanding.FullLicenseAcceptingApplications,
            PathwayStatus.EnactedRulesPending => MapStanding.FullLicenseEnacted,
            PathwayStatus.BillPending => MapStanding.FullLicenseBillPending,
            _ when current.Any(p => HasLimitedRoute(p.Kind, p.Status)) => MapStanding.LimitedLicenseOnly,
            _ when current.Count > 0 => MapStanding.OtherMeasureOnly,
            _ => MapStanding.None,
        };
    }

    /// <summary>Whether the state has a limited license or permit in law now (a pending bill for one does not count).</summary>
    public static bool HasLimitedRoute(IEnumerable<(PathwayKind Kind, PathwayStatus Status)> pathways) =>
        pathways.Any(p => HasLimitedRoute(p.Kind, p.Status));

    /// <summary>What the square and the legend say, in plain words.</summary>
    public static string Label(MapStanding standing) => standing switch
    {
        MapStanding.FullLicenseAcceptingApplications => "Route to a full license: accepting applications",
        MapStanding.FullLicenseEnacted => "Route to a full license: enacted, rules pending",
        MapStanding.FullLicenseBillPending => "Route to a full license: bill pending",
        MapStanding.LimitedLicenseOnly => "Limited license or permit only",
        MapStanding.OtherMeasureOnly => "Other help only, no license route",
        _ => "No current pathway recorded",
    };

    /// <summary>The plain words for the limited-route mark.</summary>
    public const string LimitedMarkLabel = "Also has a limited license or permit, which never converts to a full license";

    private static bool HasLimitedRoute(PathwayKind kind, PathwayStatus status) =>
        IsLimited(kind) && status is PathwayStatus.AcceptingApplications or PathwayStatus.EnactedRulesPending;
}
