using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Records;

/// <summary>
/// The one editor flow, for any record type: list (paged), read, save (checks, version token, unique key, the
/// type's follow-up change, all in one transaction) and delete. A stale version is a conflict carrying the
/// record as saved now; a clash on the unique key is a named field error, never reported as a conflict.
/// </summary>
internal sealed class RecordStore<TEntity>(RecordType<TEntity> type, RecordStoreContext context) : IRecordStore
    where TEntity : class, IRecord
{
    private readonly IAppDbContext _db = context.Db;

    private DbSet<TEntity> Set => _db.Set<TEntity>();

    public async Task<PagedResult<RecordView>> ListAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await Set.CountAsync(cancellationToken);
        var rows = await type.Order(Set.AsNoTracking()).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedResult<RecordView>(rows.Select(type.View).ToList(), page, pageSize, total);
    }

    public async Task<RecordView?> GetAsync(int id, CancellationToken cancellationToken)
    {
        var record = await Set.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        return record is null ? null : type.View(record);
    }

    public async Task<Outcome<RecordView>> SaveAsync(RecordInput input, CancellationToken cancellationToken)
    {
        var creating = input.Id == 0;
        var errors = type.Write(type.Create(), input, context.Rules, creating);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors).As<RecordView>();
        }

        try
        {
            return await _db.InTransactionAsync(ct => SaveOnceAsync(input, creating, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.DiscardChanges();
            var current = await GetAsync(input.Id, cancellationToken);
            return current is null
                ? Outcome.Conflict<RecordView>(RecordMessages.DeletedWhileEditing, null)
                : Outcome.Conflict(type.ConflictMessage, current);
        }
        catch (DbUpdateException exception) when (type.Unique is { } unique && context.Errors.IsUniqueViolation(exception))
        {
            _db.DiscardChanges();
            return Outcome.Invalid(unique.Field, unique.Message).As<RecordView>();
        }
    }

    public async Task<Outcome> DeleteAsync(int id, Guid version, CancellationToken cancellationToken)
    {
        try
        {
            return await _db.InTransactionAsync(ct => DeleteOnceAsync(id, version, ct), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.DiscardChanges();
            return Outcome.Conflict(RecordMessages.ChangedBeforeDelete);
        }
    }

    /// <summary>One attempt, safe to repeat: the execution strategy may run it again after a transient failure.</summary>
    private async Task<Outcome<RecordView>> SaveOnceAsync(RecordInput input, bool creating, CancellationToken cancellationToken)
    {
        _db.DiscardChanges();
        TEntity record;
        RecordView? before = null;
        if (creating)
        {
            record = type.Create();
            type.Write(record, input, context.Rules, creating: true);
            Set.Add(record);
        }
        else
        {
            var found = await Set.SingleOrDefaultAsync(r => r.Id == input.Id, cancellationToken);
            if (found is null)
            {
                return Outcome.Conflict<RecordView>(RecordMessages.DeletedWhileEditing, null);
            }

            if (found.Version != input.Version)
            {
                return Outcome.Conflict(type.ConflictMessage, type.View(found));
            }

            record = found;
            before = type.View(found);
            type.Write(record, input, context.Rules, creating: false);
        }

        if (type.Unique is { } unique
            && await Set.AsNoTracking().Where(unique.SameAs(record)).AnyAsync(r => r.Id != record.Id, cancellationToken))
        {
            _db.DiscardChanges();
            return Outcome.Invalid(unique.Field, unique.Message).As<RecordView>();
        }

        await _db.SaveChangesAsync(cancellationToken);
        await type.AfterChangeAsync(cancellationToken);

        // A followed record's change goes into the change log in the same transaction (ADR 0078).
        if (type.DescribeChange(before, record) is { } change)
        {
            _db.ChangeLogEntries.Add(change.ToEntry(context.NowUtc));
        }

        await _db.SaveChangesAsync(cancellationToken);
        return Outcome.DoneWith(type.SavedMessage(record), type.View(record), record.Id);
    }

    private async Task<Outcome> DeleteOnceAsync(int id, Guid version, CancellationToken cancellationToken)
    {
        _db.DiscardChanges();
        var record = await Set.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return Outcome.Conflict(RecordMessages.AlreadyDeleted);
        }

        if (record.Version != version)
        {
            return Outcome.Conflict(RecordMessages.ChangedBeforeDelete);
        }

        var removal = type.DescribeRemoval(record);
        Set.Remove(record);
        await _db.SaveChangesAsync(cancellationToken);
        await type.AfterChangeAsync(cancellationToken);

        // Removing a followed record is a published change too, logged in the same transaction (ADR 0084).
        if (removal is not null)
        {
            _db.ChangeLogEntries.Add(removal.ToEntry(context.NowUtc));
        }

        await _db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(type.DeletedMessage, id);
    }
}
