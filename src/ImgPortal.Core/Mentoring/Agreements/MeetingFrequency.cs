namespace ImgPortal.Core.Mentoring.Agreements;

/// <summary>How often a mentor and mentee plan to meet, as their agreement states it.</summary>
public enum MeetingFrequency
{
    Weekly,
    EveryTwoWeeks,
    Monthly,
}
