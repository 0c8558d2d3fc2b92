using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.CheckIns;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// When a side may give feedback and what it counts as: any time while the pairing is active (tagged with the
/// check-in it came from, if any), and once after it ended. Nothing before it starts.
/// </summary>
public static class FeedbackRules
{
    /// <summary>
    /// The occasion feedback given now counts as, or null when none may be given: the pairing is not active or
    /// ended, or it ended and this person already gave their feedback after the close.
    /// </summary>
    public static FeedbackOccasion? OccasionFor(PairingState state, int? checkInDays, bool alreadyGaveAfterClose) => state switch
    {
        PairingState.Accepted => checkInDays switch
        {
            (int)CheckInMilestone.Day30 => FeedbackOccasion.ThirtyDayCheckIn,
            (int)CheckInMilestone.Day90 => FeedbackOccasion.NinetyDayCheckIn,
            _ => FeedbackOccasion.DuringPairing,
        },
        PairingState.Ended when !alreadyGaveAfterClose => FeedbackOccasion.AfterClose,
        _ => null,
    };

    /// <summary>How the occasion reads in a sentence for staff ("during the pairing", "at the 30-day check-in").</summary>
    public static string Describe(FeedbackOccasion occasion) => occasion switch
    {
        FeedbackOccasion.ThirtyDayCheckIn => "at the 30-day check-in",
        FeedbackOccasion.NinetyDayCheckIn => "at the 90-day check-in",
        FeedbackOccasion.AfterClose => "after the pairing ended",
        _ => "during the pairing",
    };

    /// <summary>The field errors of a rating and comment; empty when both are fine.</summary>
    public static IReadOnlyList<FieldError> Validate(int rating, string? comment)
    {
        var errors = new List<FieldError>();
        if (rating is < MentoringLimits.MinRating or > MentoringLimits.MaxRating)
        {
            errors.Add(new("Rating", ValidationText.Range(MentoringMessages.Rating, MentoringLimits.MinRating, MentoringLimits.MaxRating)));
        }

        if ((comment?.Trim().Length ?? 0) > MentoringLimits.Comment)
        {
            errors.Add(new("Comment", ValidationText.Limit(MentoringMessages.CommentTooLong, MentoringLimits.Comment)));
        }

        return errors;
    }
}
