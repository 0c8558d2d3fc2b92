using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Records;
using ImgPortal.Web.Rendering;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>The current picture: the tile map, its table, the filters, the counts and the commission.</summary>
public sealed record PathwayOverviewViewModel(PathwayOverview Overview)
{
    public IReadOnlyList<StateStanding> StatesWithPathways => Overview.States.Where(s => s.Pathways.Count > 0).ToList();

    public int StatesWithout => Overview.States.Count - StatesWithPathways.Count;

    public bool Filtered => Overview.Filter.Kind is not null || Overview.Filter.Status is not null;

    public static IReadOnlyList<(string Value, string Label)> KindOptions { get; } =
        Enum.GetValues<PathwayKind>().Select(k => (k.ToString(), RecordLabels.Of(k))).ToList();

    public static IReadOnlyList<(string Value, string Label)> StatusOptions { get; } =
        PathwayStatuses.CurrentStrongestFirst.Select(s => (s.ToString(), RecordLabels.Of(s))).ToList();

    public IReadOnlyList<TileMapTile> Tiles => UsTileMap.Tiles(Overview.States);
}
