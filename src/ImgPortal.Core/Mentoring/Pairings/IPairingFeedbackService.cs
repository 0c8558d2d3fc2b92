using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>Each side's feedback once a pairing has ended.</summary>
public interface IPairingFeedbackService
{
    /// <summary>Whether the current user may leave feedback on this pairing now (it ended, they took part, they have not yet).</summary>
    Task<PairingView?> GetPairingForFeedbackAsync(int pairingId, CancellationToken cancellationToken = default);

    Task<Outcome> LeaveFeedbackAsync(int pairingId, int rating, string? comment, CancellationToken cancellationToken = default);
}
