using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Pairings;

public sealed class PairingFeedbackService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IPairingFeedbackService
{
    private string UserId => currentUser.UserId ?? throw new InvalidOperationException("This needs a signed-in user.");

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PairingView?> GetPairingForFeedbackAsync(int pairingId, CancellationToken cancellationToken = default)
    {
        var pairing = await LoadPairingAsync(pairingId, asMentor: true, asMember: true, asStaff: false, cancellationToken);
        if (pairing is null || pairing.State != PairingState.Ended)
        {
            return null;
        }

        var userId = UserId;
        if (await db.PairingFeedback.AnyAsync(f => f.PairingId == pairingId && f.AuthorUserId == userId, cancellationToken))
        {
            return null;
        }

        return await PairingViewQuery.Of(db.Pairings.Where(p => p.Id == pairingId)).SingleAsync(cancellationToken);
    }

    public async Task<Outcome> LeaveFeedbackAsync(int pairingId, int rating, string? comment, CancellationToken cancellationToken = default)
    {
        if (await GetPairingForFeedbackAsync(pairingId, cancellationToken) is null)
        {
            return Outcome.NotFound();
        }

        var errors = new List<FieldError>();
        if (rating is < MentoringLimits.MinRating or > MentoringLimits.MaxRating)
        {
            errors.Add(new("Rating", ValidationText.Range(MentoringMessages.Rating, MentoringLimits.MinRating, MentoringLimits.MaxRating)));
        }

        if ((comment?.Trim().Length ?? 0) > MentoringLimits.Comment)
        {
            errors.Add(new("Comment", ValidationText.Limit(MentoringMessages.CommentTooLong, MentoringLimits.Comment)));
        }

        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        var pairing = await db.Pairings.Include(p => p.Mentor).Include(p => p.Request).SingleAsync(p => p.Id == pairingId, cancellationToken);
        db.PairingFeedback.Add(new PairingFeedback
        {
            PairingId = pairingId,
            AuthorUserId = UserId,
            Side = SideOf(pairing) ?? PairingSide.Member,
            Rating = rating,
            Comment = comment?.Trim() ?? string.Empty,
            CreatedAtUtc = Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Thank you for your feedback.");
    }

    private async Task<Pairing?> LoadPairingAsync(
        int pairingId, bool asMentor, bool asMember, bool asStaff, CancellationToken cancellationToken)
    {
        var pairing = await db.Pairings
            .Include(p => p.Mentor)
            .Include(p => p.Request)
            .SingleOrDefaultAsync(p => p.Id == pairingId, cancellationToken);
        if (pairing is null)
        {
            return null;
        }

        var userId = UserId;
        var allowed = (asMentor && pairing.Mentor!.UserId == userId)
            || (asMember && pairing.Request!.MemberUserId == userId)
            || (asStaff && currentUser.IsStaff);
        return allowed ? pairing : null;
    }

    private PairingSide? SideOf(Pairing pairing) =>
        pairing.Mentor!.UserId == currentUser.UserId ? PairingSide.Mentor
        : pairing.Request!.MemberUserId == currentUser.UserId ? PairingSide.Member
        : null;
}
