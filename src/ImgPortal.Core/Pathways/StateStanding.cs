using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>One state on the overview's map and table: its strongest current status among the shown pathways (null: none) and those pathways.</summary>
public sealed record StateStanding(string State, PathwayStatus? Strongest, IReadOnlyList<PathwayDetail> Pathways)
{
    public string StateName => UsStates.NameOf(State);
}
