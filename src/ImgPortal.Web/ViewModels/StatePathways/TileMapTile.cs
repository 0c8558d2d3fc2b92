using ImgPortal.Core.Content;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>One state's square on the tile map: where it sits, what it says and how it is colored.</summary>
public sealed record TileMapTile(string Code, string Name, int Column, int Row, PathwayStatus? Status, string StatusText)
{
    public int X => Column * UsTileMap.Pitch;

    public int Y => Row * UsTileMap.Pitch;

    /// <summary>The CSS class that colors the tile (also used by the legend).</summary>
    public string CssClass => UsTileMap.CssClassOf(Status);

    public string AccessibleName => $"{Name} ({Code}): {StatusText}";
}
