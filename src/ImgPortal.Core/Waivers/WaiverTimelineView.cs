namespace ImgPortal.Core.Waivers;

/// <summary>A member's waiver dates and the timeline worked out from them (no steps until they give a start date).</summary>
public sealed record WaiverTimelineView(DateOnly? StartedOn, DateOnly? StateRecommendedOn, IReadOnlyList<WaiverTimelineStep> Steps);
