namespace ImgPortal.Core.Waivers;

/// <summary>A member's own J-1 waiver dates, from which their personal timeline is worked out (one per member).</summary>
public class WaiverTimelinePlan
{
    public required string UserId { get; set; }

    /// <summary>The day the member starts: completes the DS-3035 online and gets the Department of State's case number.</summary>
    public DateOnly StartedOn { get; set; }

    /// <summary>The day the state sent its recommendation to the Department of State, once the member knows it.</summary>
    public DateOnly? StateRecommendedOn { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
