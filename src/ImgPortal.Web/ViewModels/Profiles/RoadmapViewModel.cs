using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.ViewModels.Profiles;

/// <summary>The roadmap page.</summary>
public sealed record RoadmapViewModel(Roadmap Roadmap);
