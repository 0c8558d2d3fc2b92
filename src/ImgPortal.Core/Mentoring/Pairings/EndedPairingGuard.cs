using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// The one guard that makes a pairing read-only once it is no longer active: its log entries cannot be changed,
/// deleted or ticked, and a check-in link records nothing. Every such change asks this before it writes.
/// </summary>
public static class EndedPairingGuard
{
    public const string Message = "This pairing has ended, so it is kept as it was: nothing was changed.";

    /// <summary>Null while the pairing is active; otherwise the conflict to return (or "not found" when there is no such pairing).</summary>
    public static async Task<Outcome?> RefusalAsync(IAppDbContext db, int pairingId, CancellationToken cancellationToken)
    {
        var state = await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => (PairingState?)p.State).SingleOrDefaultAsync(cancellationToken);
        return state switch
        {
            null => Outcome.NotFound(),
            PairingState.Accepted => null,
            _ => Outcome.Conflict(Message),
        };
    }
}
