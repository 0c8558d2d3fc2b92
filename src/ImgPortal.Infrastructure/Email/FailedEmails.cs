using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Email;

/// <summary>An e-mail the outbox gave up on: refused by the server, or out of attempts.</summary>
public sealed record FailedEmail(Guid Id, string To, string Subject, DateTime CreatedAtUtc, int Attempts, string? Reason);

/// <summary>What staff see of the outbox: the messages that failed for good, and a way to try one again.</summary>
public interface IFailedEmails
{
    /// <summary>The newest <paramref name="limit"/> failed messages, newest first.</summary>
    Task<IReadOnlyList<FailedEmail>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Makes a failed message due again: the background service gives it another attempt.</summary>
    Task<Outcome> RetryAsync(Guid id, CancellationToken cancellationToken = default);
}

/// <summary>A failed message is one with neither a sent time nor a next attempt (ADR 0067).</summary>
public sealed class FailedEmails(IAppDbContext db, TimeProvider clock) : IFailedEmails
{
    public async Task<IReadOnlyList<FailedEmail>> ListAsync(int limit, CancellationToken cancellationToken = default) =>
        await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc == null)
            .OrderByDescending(m => m.CreatedAtUtc)
            .Take(limit)
            .Select(m => new FailedEmail(m.Id, m.To, m.Subject, m.CreatedAtUtc, m.Attempts, m.LastError))
            .ToListAsync(cancellationToken);

    public async Task<Outcome> RetryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var message = await db.OutboxMessages
            .SingleOrDefaultAsync(m => m.Id == id && m.SentAtUtc == null && m.NextAttemptAtUtc == null, cancellationToken);
        if (message is null)
        {
            return Outcome.NotFound();
        }

        message.NextAttemptAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done("The e-mail is queued again: the next outbox run sends it.");
    }
}
