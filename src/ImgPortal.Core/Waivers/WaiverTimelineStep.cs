namespace ImgPortal.Core.Waivers;

/// <summary>
/// One step of a member's waiver timeline: what happens, how long it typically takes (null: no source gives it),
/// and the dates it works out to (null: unknown, because this step's or an earlier one's duration is).
/// </summary>
public sealed record WaiverTimelineStep(
    string Key,
    string Title,
    string Duration,
    WaiverTimelineSource? Source,
    DateOnly? Earliest,
    DateOnly? Latest,
    bool IsDeadline = false,
    bool FromMember = false)
{
    public bool Known => Earliest is not null && Latest is not null;
}
