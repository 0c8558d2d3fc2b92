using System.Data.Common;
using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The messages the save under way adds.</summary>
    private readonly List<Guid> _saving = [];

    /// <summary>Messages saved inside <see cref="_transaction"/>, delivered when it commits.</summary>
    private readonly List<Guid> _awaitingCommit = [];

    private Guid? _transaction;

    private bool Enabled => options.Value.Outbox.DispatchOnEnqueue && options.Value.Delivery == EmailDelivery.Pickup;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context) is { } committed)
        {
            DispatchAsync(committed).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is { } committed)
        {
            await DispatchAsync(committed);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _saving.Clear();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _saving.Clear();
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Committed(eventData.TransactionId) is { } committed)
        {
            DispatchAsync(committed).GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.TransactionId) is { } committed)
        {
            await DispatchAsync(committed);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.TransactionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.TransactionId);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.TransactionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.TransactionId);
        return Task.CompletedTask;
    }

    private void Capture(DbContext? context)
    {
        if (context is null || !Enabled)
        {
            return;
        }

        _saving.AddRange(context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id));
    }

    /// <summary>The messages a save that just succeeded has committed (no transaction open); null when there are none yet.</summary>
    private List<Guid>? Saved(DbContext? context)
    {
        if (_saving.Count == 0)
        {
            return null;
        }

        List<Guid> saved = [.. _saving];
        _saving.Clear();
        var transaction = context?.Database.CurrentTransaction;
        if (transaction is null)
        {
            // A transaction that held earlier messages ended without a commit (disposed): they were never stored.
            _awaitingCommit.Clear();
            _transaction = null;
            return saved;
        }

        if (_transaction != transaction.TransactionId)
        {
            _awaitingCommit.Clear();
            _transaction = transaction.TransactionId;
        }

        _awaitingCommit.AddRange(saved);
        return null;
    }

    private List<Guid>? Committed(Guid transactionId)
    {
        if (_transaction != transactionId || _awaitingCommit.Count == 0)
        {
            return null;
        }

        List<Guid> committed = [.. _awaitingCommit];
        Forget(transactionId);
        return committed;
    }

    private void Forget(Guid transactionId)
    {
        if (_transaction == transactionId)
        {
            _awaitingCommit.Clear();
            _transaction = null;
        }
    }

    /// <summary>Not cancellable: the e-mails are committed; a failure leaves each for the background service.</summary>
    private async Task DispatchAsync(List<Guid> ids)
    {
        await using var scope = scopes.CreateAsyncScope();
        var dispatcher = scope.ServiceProvider.GetRequiredService<IOutboxDispatcher>();
        foreach (var id in ids)
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
