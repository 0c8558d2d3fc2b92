using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A date of the Match season, as staff edit it. Id 0 is a new record.</summary>
public sealed record SeasonDateRecord(
    int Id, string Title, DateOnly Date, SeasonDateKind Kind, int Cycle, string Notes, Guid Version);

public partial interface IRecordEditingService
{
    Task<IReadOnlyList<SeasonDateRecord>> ListSeasonDatesAsync(CancellationToken cancellationToken = default);

    Task<SeasonDateRecord?> GetSeasonDateAsync(int id, CancellationToken cancellationToken = default);

    Task<RecordStatus> SaveSeasonDateAsync(SeasonDateRecord record, CancellationToken cancellationToken = default);

    Task<RecordStatus> DeleteSeasonDateAsync(int id, Guid version, CancellationToken cancellationToken = default);
}

public sealed partial class RecordEditingService
{
    public async Task<IReadOnlyList<SeasonDateRecord>> ListSeasonDatesAsync(CancellationToken cancellationToken = default) =>
        await db.SeasonDates.AsNoTracking()
            .OrderByDescending(d => d.Cycle).ThenBy(d => d.Date)
            .Select(d => new SeasonDateRecord(d.Id, d.Title, d.Date, d.Kind, d.Cycle, d.Notes, d.Version))
            .ToListAsync(cancellationToken);

    public async Task<SeasonDateRecord?> GetSeasonDateAsync(int id, CancellationToken cancellationToken = default) =>
        await db.SeasonDates.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new SeasonDateRecord(d.Id, d.Title, d.Date, d.Kind, d.Cycle, d.Notes, d.Version))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<RecordStatus> SaveSeasonDateAsync(SeasonDateRecord record, CancellationToken cancellationToken = default) =>
        SaveAsync(
            db.SeasonDates,
            record.Id,
            record.Version,
            () => new SeasonDate { Title = record.Title },
            d =>
            {
                d.Title = record.Title.Trim();
                d.Date = record.Date;
                d.Kind = record.Kind;
                d.Cycle = record.Cycle;
                d.Notes = record.Notes.Trim();
            },
            cancellationToken);

    public Task<RecordStatus> DeleteSeasonDateAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        DeleteAsync(db.SeasonDates, id, version, cancellationToken);
}
