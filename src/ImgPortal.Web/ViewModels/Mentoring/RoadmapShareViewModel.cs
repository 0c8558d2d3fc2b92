using ImgPortal.Core.Mentoring.Sharing;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The roadmap part of one pairing page.</summary>
public sealed record RoadmapShareViewModel(int PairingId, RoadmapShare Share);
