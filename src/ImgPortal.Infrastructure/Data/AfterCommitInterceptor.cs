using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImgPortal.Infrastructure.Data;

/// <summary>
/// Acts on what a save wrote once it has <em>committed</em>, never before (ADR 0064, ADR 0096): a save without a
/// transaction of its own commits as it ends; a save inside a transaction (the audit trail's, a record store's, a
/// caller's) is followed when that transaction commits. A failed save, or a transaction rolled back, failed or
/// disposed without a commit, acts on nothing. One instance serves one context (interceptors are scoped).
/// </summary>
/// <typeparam name="T">What a save noted for after the commit (a queued e-mail's id, a public change).</typeparam>
public abstract class AfterCommitInterceptor<T> : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>What the save under way noted.</summary>
    private readonly List<T> _saving = [];

    /// <summary>What saves inside <see cref="_transaction"/> noted, acted on when it commits.</summary>
    private readonly List<T> _awaitingCommit = [];

    private Guid? _transaction;

    /// <summary>What the save about to run in <paramref name="context"/> should be followed by, once committed.</summary>
    protected abstract IEnumerable<T> Note(DbContext context);

    /// <summary>Acts on what committed saves noted (never empty).</summary>
    protected abstract Task CommittedAsync(IReadOnlyList<T> committed);

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
            CommittedAsync(committed).GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context) is { } committed)
        {
            await CommittedAsync(committed);
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
            CommittedAsync(committed).GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.TransactionId) is { } committed)
        {
            await CommittedAsync(committed);
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
        if (context is not null)
        {
            _saving.AddRange(Note(context));
        }
    }

    /// <summary>What a save that just succeeded has committed (no transaction open); null when nothing is committed yet.</summary>
    private List<T>? Saved(DbContext? context)
    {
        if (_saving.Count == 0)
        {
            return null;
        }

        List<T> saved = [.. _saving];
        _saving.Clear();
        var transaction = context?.Database.CurrentTransaction;
        if (transaction is null)
        {
            // A transaction that held earlier saves ended without a commit (disposed): they were never stored.
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

    private List<T>? Committed(Guid transactionId)
    {
        if (_transaction != transactionId || _awaitingCommit.Count == 0)
        {
            return null;
        }

        List<T> committed = [.. _awaitingCommit];
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
}
