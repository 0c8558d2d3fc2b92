using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.ViewModels.Profiles;

/// <summary>The roadmap page; <see cref="NewCalendarFeedUrl"/> is shown once, right after it is made.</summary>
public sealed record RoadmapViewModel(Roadmap Roadmap)
{
    public bool HasCalendarFeed { get; init; }

    public string? NewCalendarFeedUrl { get; init; }

    /// <summary>The member's saved cost plan as the planner's query string; null when none is saved.</summary>
    public string? CostPlanQuery { get; init; }
}
