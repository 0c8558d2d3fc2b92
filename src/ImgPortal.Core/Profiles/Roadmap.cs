using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>A member's roadmap: their steps with states, where they stand, next actions and the season's dates.</summary>
public sealed record Roadmap(
    bool HasProfile,
    IReadOnlyList<StepStatus> Steps,
    RoadmapStage Stage,
    IReadOnlyList<NextAction> NextActions,
    IReadOnlyList<SeasonDateItem> Dates,
    DateOnly Today,
    DateOnly? FcvsFollowUpOn)
{
    /// <summary>The member's own dates from their profile (exams taken or booked, certification, FCVS).</summary>
    public IReadOnlyList<OwnDate> OwnDates { get; init; } = [];

    /// <summary>The member's J-1 waiver timeline (<c>/j1-waiver/timeline</c>); empty when they have not started one.</summary>
    public IReadOnlyList<Waivers.WaiverTimelineStep> WaiverSteps { get; init; } = [];

    /// <summary>The Match the member can realistically aim for, with its blocking steps (null without a profile).</summary>
    public Planning.MatchCyclePlan? Plan { get; init; }

    /// <summary>The member's own deadlines from <see cref="Plan"/> still ahead, in order.</summary>
    public IReadOnlyList<Planning.CycleStep> OwnDeadlines { get; init; } = [];

    /// <summary>The cycle whose dates <see cref="Dates"/> holds.</summary>
    public int? Cycle { get; init; }

    public RoadmapProgress Progress => RoadmapRules.ProgressOf(Steps);
}
