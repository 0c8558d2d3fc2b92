using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// Feedback from either side of a pairing: any time while it is active (from the pairing page or a check-in link),
/// and once after it ended (<see cref="FeedbackRules"/>). Only staff read it; staff do not give it.
/// </summary>
public sealed class PairingFeedbackService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IPairingFeedbackService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<FeedbackForm?> GetFormAsync(int pairingId, int? checkInDays = null, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId;
        var pairing = userId is null
            ? null
            : await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId)
                .Select(p => new { p.State, MentorUserId = p.Mentor!.UserId, p.Request!.MemberUserId })
                .SingleOrDefaultAsync(cancellationToken);
        if (pairing is null)
        {
            return null;
        }

        PairingSide? side = pairing.MentorUserId == userId ? PairingSide.Mentor
            : pairing.MemberUserId == userId ? PairingSide.Member
            : null;
        if (side is null)
        {
            return null;
        }

        var gaveAfterClose = pairing.State == PairingState.Ended && await db.PairingFeedback.AnyAsync(
            f => f.PairingId == pairingId && f.AuthorUserId == userId && f.Occasion == FeedbackOccasion.AfterClose, cancellationToken);
        if (FeedbackRules.OccasionFor(pairing.State, checkInDays, gaveAfterClose) is not { } occasion)
        {
            return null;
        }

        var view = await PairingViewQuery.Of(db.Pairings.Where(p => p.Id == pairingId)).SingleAsync(cancellationToken);
        return new FeedbackForm(view, side.Value, occasion);
    }

    public async Task<Outcome> LeaveFeedbackAsync(
        int pairingId, int? checkInDays, int rating, string? comment, CancellationToken cancellationToken = default)
    {
        if (await GetFormAsync(pairingId, checkInDays, cancellationToken) is not { } form)
        {
            return Outcome.NotFound();
        }

        if (FeedbackRules.Validate(rating, comment) is { Count: > 0 } errors)
        {
            return Outcome.Invalid(errors);
        }

        db.PairingFeedback.Add(new PairingFeedback
        {
            PairingId = pairingId,
            AuthorUserId = currentUser.UserId!,
            Side = form.Side,
            Occasion = form.Occasion,
            Rating = rating,
            Comment = comment?.Trim() ?? string.Empty,
            CreatedAtUtc = Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(
            form.Occasion == FeedbackOccasion.AfterClose
                ? "Thank you for your feedback."
                : "Thank you for your feedback. Only program staff read it; you can tell us more at any time.",
            pairingId);
    }
}
