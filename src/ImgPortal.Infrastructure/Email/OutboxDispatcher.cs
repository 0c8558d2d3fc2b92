using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// Delivers outbox messages. Each attempt first claims the message (raises <see cref="OutboxMessage.Attempts"/>,
/// a concurrency token, and leases it: its next attempt moves out by <see cref="Lease"/>, longer than the
/// SMTP timeout) in its own save, so no other dispatcher sends it meanwhile, however slow the server; then
/// lays its stored content out in the portal's one template (<see cref="IEmailComposer"/>, ADR 0096) and
/// delivers it with its fixed Message-ID; then records the result (sent, or the error) on that same row.
/// A transient failure is retried after 30 s, 1 min, 2 min, … (at most an hour apart) counted from when it
/// failed, until <see cref="OutboxOptions.MaxAttempts"/>; a permanent refusal (5xx) is not retried
/// (ADRs 0023, 0067). A message with neither a next attempt nor a sent time has failed: staff see it.
/// </summary>
public sealed class OutboxDispatcher(
    IAppDbContext db,
    IEmailComposer composer,
    [FromKeyedServices(OutboxDispatcher.DeliveryKey)] IEmailSender delivery,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxDispatcher> logger) : IOutboxDispatcher
{
    /// <summary>The key the delivery sender (pickup or SMTP) is registered under.</summary>
    public const string DeliveryKey = "delivery";

    private const int BatchSize = 20;

    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>How long a claim keeps other dispatchers off a message: twice the SMTP timeout.</summary>
    public static TimeSpan Lease(EmailOptions options) => TimeSpan.FromSeconds(2 * options.Smtp.TimeoutSeconds);

    public async Task<bool> DispatchAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var message = await db.OutboxMessages
            .SingleOrDefaultAsync(m => m.Id == id && m.SentAtUtc == null && m.NextAttemptAtUtc != null && m.NextAttemptAtUtc <= now, cancellationToken);
        return message is not null && await DeliverAsync(message, now, cancellationToken);
    }

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc != null && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.NextAttemptAtUtc)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in due)
        {
            if (await DeliverAsync(message, now, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, DateTime now, CancellationToken cancellationToken)
    {
        message.Attempts++;
        message.NextAttemptAtUtc = now + Lease(options.Value);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another dispatcher claimed it first.
            db.DiscardChanges();
            return false;
        }

        try
        {
            var laidOut = await composer.ComposeAsync(EmailOutbox.Deserialize(message.Content), cancellationToken);
            await delivery.SendAsync(
                laidOut with { TextBody = laidOut.TextBody ?? HtmlToText.Convert(laidOut.HtmlBody), MessageId = message.MessageIdHeader },
                cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var permanent = ex is PermanentDeliveryException;
            message.NextAttemptAtUtc = permanent || message.Attempts >= options.Value.Outbox.MaxAttempts
                ? null
                : clock.GetUtcNow().UtcDateTime + Backoff(message.Attempts);
            message.LastError = $"{ex.GetType().Name}: {ex.Message}" is var error && error.Length > OutboxMessage.LastErrorMaxLength
                ? error[..OutboxMessage.LastErrorMaxLength]
                : error;
            await db.SaveChangesAsync(CancellationToken.None);
            if (message.NextAttemptAtUtc is null)
            {
                logger.LogError(
                    "Delivery of e-mail {OutboxId} failed for good (attempt {Attempts}, refused by the server: {Permanent}); staff can retry it",
                    message.Id, message.Attempts, permanent);
            }
            else
            {
                logger.LogWarning(
                    "Delivery of e-mail {OutboxId} failed (attempt {Attempts}); next attempt {NextAttemptAtUtc}",
                    message.Id, message.Attempts, message.NextAttemptAtUtc);
            }

            return false;
        }

        message.SentAtUtc = clock.GetUtcNow().UtcDateTime;
        message.NextAttemptAtUtc = null;
        message.LastError = null;
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Delivered e-mail {OutboxId} on attempt {Attempts}", message.Id, message.Attempts);
        return true;
    }
}
