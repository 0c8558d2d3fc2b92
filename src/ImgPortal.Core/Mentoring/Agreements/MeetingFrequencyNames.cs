namespace ImgPortal.Core.Mentoring.Agreements;

/// <summary>The words a person reads for each <see cref="MeetingFrequency"/>.</summary>
public static class MeetingFrequencyNames
{
    public static string Of(MeetingFrequency frequency) => frequency switch
    {
        MeetingFrequency.Weekly => "Every week",
        MeetingFrequency.EveryTwoWeeks => "Every two weeks",
        MeetingFrequency.Monthly => "Every month",
        _ => frequency.ToString(),
    };
}
