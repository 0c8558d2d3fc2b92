namespace ImgPortal.Core.Waivers;

/// <summary>The words people read for a <see cref="WaiverCycleStatus"/>, in the staff form and on the J-1 waiver page.</summary>
public static class WaiverCycleStatusLabels
{
    public static string Of(WaiverCycleStatus status) => status switch
    {
        WaiverCycleStatus.Unknown => "Unknown",
        WaiverCycleStatus.NotYetOpen => "Not yet open",
        WaiverCycleStatus.Open => "Open",
        WaiverCycleStatus.Closed => "Closed",
        WaiverCycleStatus.Full => "Full",
        _ => status.ToString(),
    };
}
