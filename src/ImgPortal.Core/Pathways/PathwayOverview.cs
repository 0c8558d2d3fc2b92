using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>
/// The current picture: every state and DC with its strongest current status among the pathways the filter lets
/// through (<see cref="States"/>, for the map and its table), the counts over all current pathways, and the
/// commission's recommendations, and the latest date any current record was verified against its sources.
/// <see cref="Intro"/> is the staff-edited guidance page at the same address (title, summary, text, source and
/// review date), when it is published and not retired.
/// </summary>
public sealed record PathwayOverview(
    PathwayFilter Filter,
    IReadOnlyList<StateStanding> States,
    int PathwaysShown,
    IReadOnlyList<PathwayCount> Counts,
    CommissionReport Commission,
    DateOnly? LastVerifiedOn,
    GuidancePageDetail? Intro = null);
