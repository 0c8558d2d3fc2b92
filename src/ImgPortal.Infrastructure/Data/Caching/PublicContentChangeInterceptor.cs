using System.Data.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Infrastructure.Data.Caching;

/// <summary>
/// The one event that follows a change visitors can see (ADR 0064). After a save that adds, changes or deletes
/// something a public page shows (guidance pages and their sections, the structured records, mentors in the
/// directory, the glossary, the mentoring settings) has <em>committed</em>, moves <see cref="PublicContentVersion"/>
/// on and tells every <see cref="IPublicContentCache"/> once. A save without a transaction of its own commits as it
/// ends; a save inside a transaction (the audit trail's, a record store's, a caller's) is told when that transaction
/// commits, so no reader can refill a cache with the old content between the eviction and the commit. A failed save
/// or a transaction rolled back tells nobody. Drafts, revisions and members' data are not public and evict nothing.
/// </summary>
public sealed class PublicContentChangeInterceptor(
    PublicContentVersion version, IEnumerable<IPublicContentCache> caches, ILogger<PublicContentChangeInterceptor> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly HashSet<Type> PublicTypes =
    [
        typeof(GuidancePage), typeof(PageSection), typeof(WaiverProgramYear), typeof(StatePathway), typeof(Organization),
        typeof(ContactPoint), typeof(Mentor), typeof(MentorLanguage), typeof(MentorTrainingCountry),
        typeof(Core.Glossary.GlossaryTerm), typeof(MentoringSettings), typeof(Core.Costs.Fee), typeof(Core.Programs.ResidencyProgram), typeof(Core.Profiles.RoadmapStep),
        typeof(Core.Alerts.ChangeLogEntry),
    ];

    private readonly IPublicContentCache[] _caches = [.. caches];

    /// <summary>The save under way touches public content.</summary>
    private bool _saving;

    /// <summary>The transaction holding saved public changes, told about when it commits.</summary>
    private Guid? _awaitingCommit;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _saving |= TouchesPublicContent(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _saving |= TouchesPublicContent(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Saved(eventData.Context))
        {
            ChangedAsync().GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Saved(eventData.Context))
        {
            await ChangedAsync();
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _saving = false;

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _saving = false;
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Committed(eventData))
        {
            ChangedAsync().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData))
        {
            await ChangedAsync();
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

    /// <summary>Whether a save that just succeeded is committed already (no transaction open), so caches are told now.</summary>
    private bool Saved(DbContext? context)
    {
        if (!_saving)
        {
            return false;
        }

        _saving = false;
        var transaction = context?.Database.CurrentTransaction;
        if (transaction is null)
        {
            // A transaction that held earlier changes ended without a commit (disposed): they never became visible.
            _awaitingCommit = null;
            return true;
        }

        _awaitingCommit = transaction.TransactionId;
        return false;
    }

    private bool Committed(TransactionEndEventData eventData)
    {
        if (_awaitingCommit != eventData.TransactionId)
        {
            return false;
        }

        _awaitingCommit = null;
        return true;
    }

    private void Forget(Guid transactionId)
    {
        if (_awaitingCommit == transactionId)
        {
            _awaitingCommit = null;
        }
    }

    /// <summary>
    /// The change is committed: the version first (every request from now on reads and stores under the new one),
    /// then each cache. Not cancellable: the change is done, and a cache left unevicted would show the old content.
    /// </summary>
    private async Task ChangedAsync()
    {
        version.Advance();
        foreach (var cache in _caches)
        {
            try
            {
                await cache.EvictAsync(CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The change is committed; failing the request now would tell the editor it was not.
                logger.LogError(ex, "A cache of public content ({Cache}) could not be evicted after a change", cache.GetType().Name);
            }
        }
    }

    private static bool TouchesPublicContent(DbContext? context) =>
        context is not null && context.ChangeTracker.Entries().Any(e =>
            e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && PublicTypes.Contains(e.Metadata.ClrType));
}
