using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// Feedback from either side of a pairing: any time while it is active (from the pairing page or a check-in link),
/// and once after it ended (<see cref="FeedbackRules"/>). Only staff read it; staff do not give it. The database holds
/// the once-after-the-close rule too (a unique index), so a double submit stores one piece, never two (ADR 0102).
/// </summary>
public sealed class PairingFeedbackService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock, IDatabaseErrors errors)
    : IPairingFeedbackService
{
    public const string AlreadyGivenMessage = "Thank you: we already have your feedback on this mentoring since it ended.";

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
            // The second post of a double submit, after the first one was stored.
            return await GaveAfterCloseAsync(pairingId, cancellationToken) ? Outcome.Done(AlreadyGivenMessage, pairingId) : Outcome.NotFound();
        }

        if (FeedbackRules.Validate(rating, comment) is { Count: > 0 } problems)
        {
            return Outcome.Invalid(problems);
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (form.Occasion == FeedbackOccasion.AfterClose && errors.IsUniqueViolation(ex))
        {
            // Two posts at once: both passed the check above, the unique index let only one in.
            db.DiscardChanges();
            return Outcome.Done(AlreadyGivenMessage, pairingId);
        }

        return Outcome.Done(
            form.Occasion == FeedbackOccasion.AfterClose
                ? "Thank you for your feedback."
                : "Thank you for your feedback. Only program staff read it; you can tell us more at any time.",
            pairingId);
    }

    /// <summary>Whether the signed-in person gave their after-close feedback on the (ended) pairing already.</summary>
    private async Task<bool> GaveAfterCloseAsync(int pairingId, CancellationToken cancellationToken) =>
        currentUser.UserId is { } userId
        && await db.PairingFeedback.AnyAsync(
            f => f.PairingId == pairingId && f.AuthorUserId == userId && f.Occasion == FeedbackOccasion.AfterClose, cancellationToken);
}
