namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// When a piece of feedback was given: after the pairing ended, during it, or from a check-in. <see cref="AfterClose"/>
/// comes first: it is the default, and what every piece of feedback given before occasions existed was.
/// </summary>
public enum FeedbackOccasion
{
    /// <summary>Given once the pairing had ended: one per person.</summary>
    AfterClose,

    /// <summary>Given from the pairing page while the pairing was active.</summary>
    DuringPairing,

    /// <summary>Given from the 30-day check-in e-mail or its thank-you page.</summary>
    ThirtyDayCheckIn,

    /// <summary>Given from the 90-day check-in e-mail or its thank-you page.</summary>
    NinetyDayCheckIn,
}
