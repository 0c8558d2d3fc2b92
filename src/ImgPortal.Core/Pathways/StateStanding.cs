using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>One state on the overview's map and table: its strongest current status among the shown pathways (null: none) and those pathways.</summary>
public sealed record StateStanding(string State, PathwayStatus? Strongest, IReadOnlyList<PathwayDetail> Pathways)
{
    public string StateName => UsStates.NameOf(State);

    /// <summary>The map's color: the strongest current route to a full license (<see cref="MapStandings"/>).</summary>
    public MapStanding Standing => MapStandings.Of(Pathways.Select(p => (p.Kind, p.Status)));

    /// <summary>Whether the state also has a limited license or permit in law, shown apart from the color.</summary>
    public bool HasLimitedRoute => MapStandings.HasLimitedRoute(Pathways.Select(p => (p.Kind, p.Status)));
}
