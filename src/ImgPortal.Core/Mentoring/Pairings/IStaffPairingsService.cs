using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>Staff's view of pairings after the match: active pairings and the stuck ones, and feedback. Staff only.</summary>
public interface IStaffPairingsService
{
    /// <summary>Active pairings, stuck ones first; with <paramref name="stuckOnly"/>, only those.</summary>
    Task<PagedResult<StaffPairingRow>> ListActiveAsync(bool stuckOnly, int page, CancellationToken cancellationToken = default);

    Task<int> CountStuckAsync(CancellationToken cancellationToken = default);

    Task<FeedbackSummary> FeedbackSummaryAsync(CancellationToken cancellationToken = default);

    /// <summary>Feedback given on this mentor's pairings, by both sides, newest first.</summary>
    Task<IReadOnlyList<MentorFeedbackRow>> MentorFeedbackAsync(int mentorId, CancellationToken cancellationToken = default);
}
