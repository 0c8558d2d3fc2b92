using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content;

/// <summary>Which structured records a page shows beside its text.</summary>
public enum PageFeature
{
    None,
    WaiverFigures,
    StatePathways,
    Organizations,
    ContactPoints,
}
