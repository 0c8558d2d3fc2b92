using ImgPortal.Core.Pathways;

namespace ImgPortal.Web.Rendering;

/// <summary>One state's square on the tile map: where it sits, what it says and how it is colored (ADR 0079).</summary>
public sealed record TileMapTile(string Code, string Name, int Column, int Row, MapStanding Standing, bool HasLimitedRoute)
{
    public int X => Column * UsTileMap.Pitch;

    public int Y => Row * UsTileMap.Pitch;

    /// <summary>The CSS class that colors the tile (also used by the legend).</summary>
    public string CssClass => UsTileMap.CssClassOf(Standing);

    public string StatusText => MapStandings.Label(Standing).ToLowerInvariant();

    public string AccessibleName => $"{Name} ({Code}): {StatusText}"
        + (HasLimitedRoute && Standing != MapStanding.LimitedLicenseOnly ? "; " + MapStandings.LimitedMarkLabel.ToLowerInvariant() : null);
}
