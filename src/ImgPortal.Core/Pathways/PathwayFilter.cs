using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>The public overview's filters: a kind and a current status, each optional.</summary>
public sealed record PathwayFilter(PathwayKind? Kind, PathwayStatus? Status);
