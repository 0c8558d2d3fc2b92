using ImgPortal.Core.Pathways;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>One state's page.</summary>
public sealed record StatePathwaysPageViewModel(StatePathwaysPage Page);
