using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// With pickup delivery and <c>Email:Outbox:DispatchOnEnqueue</c> (Development, tests): delivers the e-mails a save
/// queued as soon as that save has <em>committed</em>, never before (ADR 0096). A save without a transaction of its
/// own commits as it ends; a save inside a transaction (the audit trail's, a caller's) is followed when that
/// transaction commits. A failed save or a rolled-back transaction delivers nothing: its e-mails were never stored.
/// Delivery runs in a scope of its own, so it neither saves nor sees the caller's tracked changes, and a failure
/// only leaves the message for the background service. SMTP is never called here (ADR 0067).
/// </summary>
public sealed class OutboxDispatchInterceptor(
    IServiceScopeFactory scopes, IOptions<EmailOptions> options, ILogger<OutboxDispatchInterceptor> logger)
    : AfterCommitInterceptor<Guid>
{
    private bool Enabled => options.Value.Outbox.DispatchOnEnqueue && options.Value.Delivery == EmailDelivery.Pickup;

    /// <summary>The messages the save adds.</summary>
    protected override IEnumerable<Guid> Note(DbContext context) => Enabled
        ? context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToList()
        : [];

    /// <summary>Not cancellable: the e-mails are committed; a failure leaves each for the background service.</summary>
    protected override async Task CommittedAsync(IReadOnlyList<Guid> committed)
    {
        await using var scope = scopes.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<IOutboxDispatcher>();
        foreach (var id in committed)
        {
            try
            {
                await dispatcher.DispatchAsync(id, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Immediate delivery of e-mail {OutboxId} failed; it stays in the outbox", id);
            }
        }
    }
}
