namespace ImgPortal.Core.Profiles;

/// <summary>A state a member set by hand, for a step their profile cannot decide.</summary>
public class MemberStepState
{
    public required string UserId { get; set; }

    public int RoadmapStepId { get; set; }

    public StepState State { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
