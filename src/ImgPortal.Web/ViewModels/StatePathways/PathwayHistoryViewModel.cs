using ImgPortal.Core.Pathways;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>The history page: ended and failed measures only.</summary>
public sealed record PathwayHistoryViewModel(IReadOnlyList<PathwayDetail> Pathways);
