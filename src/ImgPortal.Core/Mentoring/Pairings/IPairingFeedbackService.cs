using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>Each side's feedback on a pairing, while it runs and once it ended (<see cref="FeedbackRules"/>).</summary>
public interface IPairingFeedbackService
{
    /// <summary>
    /// The form, when the current user may give feedback on this pairing now (they are one of its two people, and it is
    /// active, or it ended and they have not yet given their feedback after the close); else null.
    /// <paramref name="checkInDays"/> (30 or 90) tags feedback that came from a check-in.
    /// </summary>
    Task<FeedbackForm?> GetFormAsync(int pairingId, int? checkInDays = null, CancellationToken cancellationToken = default);

    Task<Outcome> LeaveFeedbackAsync(int pairingId, int? checkInDays, int rating, string? comment, CancellationToken cancellationToken = default);
}
