using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Mentoring.Log;

/// <summary>The shared log's changes; every outcome's id is the pairing's, so the page returns to it.</summary>
public sealed class PairingLogService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IPairingLogService
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public IReadOnlyList<FieldError> Check(LogEntryDetails details) => LogRules.Validate(details, DateOnly.FromDateTime(Now));

    public async Task<Outcome> AddAsync(int pairingId, LogEntryDetails details, CancellationToken cancellationToken = default)
    {
        var pairing = await db.Pairings.AsNoTracking().Where(p => p.Id == pairingId)
            .Select(p => new { p.State, MentorUserId = p.Mentor!.UserId, p.Request!.MemberUserId })
            .SingleOrDefaultAsync(cancellationToken);
        var userId = currentUser.UserId;
        if (pairing is null || userId is null || (pairing.MentorUserId != userId && pairing.MemberUserId != userId))
        {
            return Outcome.NotFound();
        }

        if (pairing.State != PairingState.Accepted)
        {
            return Outcome.Invalid("The log is open while the pairing is active.");
        }

        var errors = LogRules.Validate(details, DateOnly.FromDateTime(Now));
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        db.PairingLogEntries.Add(new PairingLogEntry
        {
            PairingId = pairingId,
            AuthorUserId = userId,
            Side = pairing.MentorUserId == userId ? PairingSide.Mentor : PairingSide.Member,
            OccurredOn = details.OccurredOn!.Value,
            Kind = details.Kind!.Value,
            Note = details.Note!.Trim(),
            CreatedAtUtc = Now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(details.Kind == LogEntryKind.Goal ? "The goal is in the log." : "The meeting is in the log.", pairingId);
    }

    public async Task<OwnLogEntry?> GetOwnAsync(int entryId, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId;
        return await db.PairingLogEntries.AsNoTracking()
            .Where(e => e.Id == entryId && e.AuthorUserId == userId)
            .Select(e => new OwnLogEntry(e.Id, e.PairingId, new LogEntryDetails(e.OccurredOn, e.Kind, e.Note)))
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Outcome> UpdateAsync(int entryId, LogEntryDetails details, CancellationToken cancellationToken = default)
    {
        var entry = await OwnEntryAsync(entryId, cancellationToken);
        if (entry is null)
        {
            return Outcome.NotFound();
        }

        if (await EndedPairingGuard.RefusalAsync(db, entry.PairingId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var errors = LogRules.Validate(details, DateOnly.FromDateTime(Now));
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }

        entry.OccurredOn = details.OccurredOn!.Value;
        entry.Kind = details.Kind!.Value;
        entry.Note = details.Note!.Trim();
        if (entry.Kind == LogEntryKind.Meeting)
        {
            entry.DoneAtUtc = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Your entry is changed.", entry.PairingId);
    }

    public async Task<Outcome> DeleteAsync(int entryId, CancellationToken cancellationToken = default)
    {
        var entry = await OwnEntryAsync(entryId, cancellationToken);
        if (entry is null)
        {
            return Outcome.NotFound();
        }

        if (await EndedPairingGuard.RefusalAsync(db, entry.PairingId, cancellationToken) is { } refused)
        {
            return refused;
        }

        db.PairingLogEntries.Remove(entry);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("Your entry is deleted.", entry.PairingId);
    }

    public async Task<Outcome> SetDoneAsync(int entryId, bool done, CancellationToken cancellationToken = default)
    {
        var userId = currentUser.UserId;
        var entry = await db.PairingLogEntries.SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null || userId is null
            || !await db.Pairings.AnyAsync(p => p.Id == entry.PairingId && (p.Mentor!.UserId == userId || p.Request!.MemberUserId == userId), cancellationToken))
        {
            return Outcome.NotFound();
        }

        if (entry.Kind != LogEntryKind.Goal)
        {
            return Outcome.Invalid("Only a goal can be marked done.");
        }

        if (await EndedPairingGuard.RefusalAsync(db, entry.PairingId, cancellationToken) is { } refused)
        {
            return refused;
        }

        entry.DoneAtUtc = done ? Now : null;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(done ? "The goal is marked done. Well done." : "The goal is open again.", entry.PairingId);
    }

    /// <summary>The entry when the current user wrote it (changes are refused once the pairing has ended: <see cref="EndedPairingGuard"/>).</summary>
    private async Task<PairingLogEntry?> OwnEntryAsync(int entryId, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        return await db.PairingLogEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.AuthorUserId == userId, cancellationToken);
    }
}
