namespace ImgPortal.Core.Profiles.Outcomes;

/// <summary>What a member reports on the way to practicing in the US.</summary>
public enum MemberOutcomeKind
{
    /// <summary>Residency interview offers, with how many.</summary>
    InterviewOffers,

    /// <summary>Matched to a residency: program, specialty and Match year.</summary>
    MatchedToResidency,

    /// <summary>A J-1 waiver obtained.</summary>
    WaiverObtained,

    /// <summary>A medical license, with the state.</summary>
    Licensed,
}
