using ImgPortal.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// The application's <see cref="IEmailSender"/>: saves the message to the outbox, in the same save as any
/// change the caller has not saved yet. With pickup delivery (Development, tests) and
/// <c>Email:Outbox:DispatchOnEnqueue</c> it also writes the file at once; SMTP is never called here, inside the
/// request or job that queued the message: the background service delivers it (ADR 0067).
/// A delivery failure never reaches the caller: the message stays in the outbox for the background service.
/// </summary>
public sealed class OutboxEmailSender(
    IAppDbContext db,
    IOutboxDispatcher dispatcher,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxEmailSender> logger) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var queued = new OutboxMessage
        {
            Id = Guid.NewGuid(),
            To = message.To,
            Subject = message.Subject.Length > OutboxMessage.SubjectMaxLength ? message.Subject[..OutboxMessage.SubjectMaxLength] : message.Subject,
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody ?? HtmlToText.Convert(message.HtmlBody),
            CreatedAtUtc = now,
            NextAttemptAtUtc = now,
            ListUnsubscribe = message.ListUnsubscribe,
        };
        db.OutboxMessages.Add(queued);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Queued e-mail {OutboxId}", queued.Id);

        if (options.Value.Outbox.DispatchOnEnqueue && options.Value.Delivery == EmailDelivery.Pickup)
        {
            try
            {
                await dispatcher.DispatchAsync(queued.Id, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The change the caller made is saved and the message is queued: the background service retries.
                logger.LogWarning(ex, "Immediate delivery of e-mail {OutboxId} failed; it stays in the outbox", queued.Id);
            }
        }
    }
}
