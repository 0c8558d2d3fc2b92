using ImgPortal.Core.Common;

namespace ImgPortal.Core.Pathways;

/// <summary>One state's page: its current pathways, its past ones and the public change log (newest first).</summary>
public sealed record StatePathwaysPage(
    string State,
    IReadOnlyList<PathwayDetail> Current,
    IReadOnlyList<PathwayDetail> Past,
    IReadOnlyList<PathwayChange> Changes)
{
    public string StateName => UsStates.NameOf(State);

    public IReadOnlyList<PathwayChange> ChangesOf(int pathwayId) => Changes.Where(c => c.PathwayId == pathwayId).ToList();
}
