using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A J-1 waiver program's figures for a year, as staff edit them. Id 0 is a new record.</summary>
public sealed record WaiverYearRecord(
    int Id, string ProgramName, int Year, int TotalWaivers, int SecondCategoryMax, string Notes, string Source, DateOnly AsOf, Guid Version);

public enum RecordStatus
{
    Saved,
    NotFound,

    /// <summary>Someone else changed or deleted the record since the form was opened: nothing was saved.</summary>
    Conflict,

    /// <summary>Another record already has the same unique values (e.g. program and year).</summary>
    Duplicate,
}

/// <summary>Structured records staff edit (ADR 0010's version token guards each). Changes are audited by the interceptor.</summary>
public partial interface IRecordEditingService
{
    Task<IReadOnlyList<WaiverYearRecord>> ListWaiverYearsAsync(CancellationToken cancellationToken = default);

    Task<WaiverYearRecord?> GetWaiverYearAsync(int id, CancellationToken cancellationToken = default);

    Task<RecordStatus> SaveWaiverYearAsync(WaiverYearRecord record, CancellationToken cancellationToken = default);

    Task<RecordStatus> DeleteWaiverYearAsync(int id, Guid version, CancellationToken cancellationToken = default);
}

public sealed partial class RecordEditingService(IAppDbContext db) : IRecordEditingService
{
    public async Task<IReadOnlyList<WaiverYearRecord>> ListWaiverYearsAsync(CancellationToken cancellationToken = default) =>
        await db.WaiverProgramYears.AsNoTracking()
            .OrderByDescending(w => w.Year).ThenBy(w => w.ProgramName)
            .Select(w => new WaiverYearRecord(w.Id, w.ProgramName, w.Year, w.TotalWaivers, w.SecondCategoryMax, w.Notes, w.Source, w.AsOf, w.Version))
            .ToListAsync(cancellationToken);

    public async Task<WaiverYearRecord?> GetWaiverYearAsync(int id, CancellationToken cancellationToken = default) =>
        await db.WaiverProgramYears.AsNoTracking()
            .Where(w => w.Id == id)
            .Select(w => new WaiverYearRecord(w.Id, w.ProgramName, w.Year, w.TotalWaivers, w.SecondCategoryMax, w.Notes, w.Source, w.AsOf, w.Version))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<RecordStatus> SaveWaiverYearAsync(WaiverYearRecord record, CancellationToken cancellationToken = default) =>
        SaveAsync(
            db.WaiverProgramYears,
            record.Id,
            record.Version,
            () => new WaiverProgramYear { ProgramName = record.ProgramName, Source = record.Source },
            w =>
            {
                w.ProgramName = record.ProgramName.Trim();
                w.Year = record.Year;
                w.TotalWaivers = record.TotalWaivers;
                w.SecondCategoryMax = record.SecondCategoryMax;
                w.Notes = record.Notes.Trim();
                w.Source = record.Source.Trim();
                w.AsOf = record.AsOf;
            },
            cancellationToken);

    public Task<RecordStatus> DeleteWaiverYearAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        DeleteAsync(db.WaiverProgramYears, id, version, cancellationToken);

    private async Task<RecordStatus> SaveAsync<T>(
        DbSet<T> set, int id, Guid version, Func<T> create, Action<T> apply, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        T? entity;
        if (id == 0)
        {
            entity = create();
            set.Add(entity);
        }
        else
        {
            entity = await set.FindAsync([id], cancellationToken);
            if (entity is null)
            {
                return RecordStatus.Conflict;
            }

            if (entity.Version != version)
            {
                return RecordStatus.Conflict;
            }
        }

        apply(entity);
        return await TrySaveAsync(cancellationToken);
    }

    private async Task<RecordStatus> DeleteAsync<T>(DbSet<T> set, int id, Guid version, CancellationToken cancellationToken)
        where T : class, IVersioned
    {
        var entity = await set.FindAsync([id], cancellationToken);
        if (entity is null)
        {
            return RecordStatus.NotFound;
        }

        if (entity.Version != version)
        {
            return RecordStatus.Conflict;
        }

        set.Remove(entity);
        return await TrySaveAsync(cancellationToken);
    }

    private async Task<RecordStatus> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return RecordStatus.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.DiscardChanges();
            return RecordStatus.Conflict;
        }
        catch (DbUpdateException)
        {
            db.DiscardChanges();
            return RecordStatus.Duplicate;
        }
    }
}
