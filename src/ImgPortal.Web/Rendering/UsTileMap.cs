using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Records;

namespace ImgPortal.Web.Rendering;

/// <summary>
/// The tile map's layout: every state and DC as a square on an 11 × 8 grid, roughly where it lies, so the map is
/// drawn on the server as SVG (no script) and each square is the same size however small the state.
/// </summary>
public static class UsTileMap
{
    public const int Size = 44;

    public const int Pitch = 48;

    public const int Columns = 11;

    public const int Rows = 8;

    private static readonly Dictionary<string, (int Column, int Row)> Positions = new()
    {
        ["AK"] = (0, 0),
        ["ME"] = (10, 0),
        ["VT"] = (9, 1),
        ["NH"] = (10, 1),
        ["WA"] = (0, 2),
        ["ID"] = (1, 2),
        ["MT"] = (2, 2),
        ["ND"] = (3, 2),
        ["MN"] = (4, 2),
        ["IL"] = (5, 2),
        ["WI"] = (6, 2),
        ["MI"] = (7, 2),
        ["NY"] = (8, 2),
        ["RI"] = (9, 2),
        ["MA"] = (10, 2),
        ["OR"] = (0, 3),
        ["NV"] = (1, 3),
        ["WY"] = (2, 3),
        ["SD"] = (3, 3),
        ["IA"] = (4, 3),
        ["IN"] = (5, 3),
        ["OH"] = (6, 3),
        ["PA"] = (7, 3),
        ["NJ"] = (8, 3),
        ["CT"] = (9, 3),
        ["CA"] = (0, 4),
        ["UT"] = (1, 4),
        ["CO"] = (2, 4),
        ["NE"] = (3, 4),
        ["MO"] = (4, 4),
        ["KY"] = (5, 4),
        ["WV"] = (6, 4),
        ["VA"] = (7, 4),
        ["MD"] = (8, 4),
        ["DE"] = (9, 4),
        ["AZ"] = (1, 5),
        ["NM"] = (2, 5),
        ["KS"] = (3, 5),
        ["AR"] = (4, 5),
        ["TN"] = (5, 5),
        ["NC"] = (6, 5),
        ["SC"] = (7, 5),
        ["DC"] = (8, 5),
        ["OK"] = (3, 6),
        ["LA"] = (4, 6),
        ["MS"] = (5, 6),
        ["AL"] = (6, 6),
        ["GA"] = (7, 6),
        ["HI"] = (0, 7),
        ["TX"] = (3, 7),
        ["FL"] = (8, 7),
    };

    public static int Width => (Columns * Pitch) - (Pitch - Size);

    public static int Height => (Rows * Pitch) - (Pitch - Size);

    /// <summary>The legend's entries for the standings present on <paramref name="tiles"/>, strongest first, and the limited-route mark when a tile carries it.</summary>
    public static IReadOnlyList<(string CssClass, string Label, bool Mark)> Legend(IReadOnlyList<TileMapTile> tiles)
    {
        var present = tiles.Select(t => t.Standing).ToHashSet();
        var entries = Enum.GetValues<MapStanding>().Where(present.Contains).Select(s => (CssClassOf(s), MapStandings.Label(s), false)).ToList();
        if (tiles.Any(t => t.HasLimitedRoute))
        {
            entries.Add(("tile-limited-mark", MapStandings.LimitedMarkLabel, true));
        }

        return entries;
    }

    public static IReadOnlyList<TileMapTile> Tiles(IEnumerable<StateStanding> states) =>
        states.Select(s =>
        {
            var (column, row) = Positions[s.State];
            return new TileMapTile(s.State, s.StateName, column, row, s.Standing, s.HasLimitedRoute);
        }).ToList();

    public static string CssClassOf(MapStanding standing) => standing switch
    {
        MapStanding.FullLicenseAcceptingApplications => "tile-accepting",
        MapStanding.FullLicenseEnacted => "tile-enacted",
        MapStanding.FullLicenseBillPending => "tile-bill",
        MapStanding.LimitedLicenseOnly => "tile-limited",
        MapStanding.OtherMeasureOnly => "tile-other",
        _ => "tile-none",
    };

    /// <summary>The badge color of one pathway's status (a limited license never takes a full-license color).</summary>
    public static string CssClassOf(PathwayKind kind, PathwayStatus? status) => status is { } s && PathwayStatuses.IsCurrent(s)
        ? CssClassOf(MapStandings.Of([(kind, s)]))
        : "tile-none";
}
