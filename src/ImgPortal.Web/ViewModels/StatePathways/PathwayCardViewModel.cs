using ImgPortal.Core.Pathways;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>One pathway drawn in full (the state page and the history): its changes, and whether to name its state.</summary>
public sealed record PathwayCardViewModel(PathwayDetail Pathway, IReadOnlyList<PathwayChange> Changes, bool ShowState);
