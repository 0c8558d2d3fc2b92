using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A state's action on an IMG pathway, as staff edit it. Id 0 is a new record.</summary>
public sealed record StatePathwayRecord(
    int Id, string State, PathwayKind Kind, string Description, string Requirements, string Source, DateOnly AsOf, Guid Version);

public partial interface IRecordEditingService
{
    Task<IReadOnlyList<StatePathwayRecord>> ListStatePathwaysAsync(CancellationToken cancellationToken = default);

    Task<StatePathwayRecord?> GetStatePathwayAsync(int id, CancellationToken cancellationToken = default);

    Task<RecordStatus> SaveStatePathwayAsync(StatePathwayRecord record, CancellationToken cancellationToken = default);

    Task<RecordStatus> DeleteStatePathwayAsync(int id, Guid version, CancellationToken cancellationToken = default);
}

public sealed partial class RecordEditingService
{
    public async Task<IReadOnlyList<StatePathwayRecord>> ListStatePathwaysAsync(CancellationToken cancellationToken = default) =>
        await db.StatePathways.AsNoTracking()
            .OrderBy(s => s.State).ThenBy(s => s.AsOf)
            .Select(s => new StatePathwayRecord(s.Id, s.State, s.Kind, s.Description, s.Requirements, s.Source, s.AsOf, s.Version))
            .ToListAsync(cancellationToken);

    public async Task<StatePathwayRecord?> GetStatePathwayAsync(int id, CancellationToken cancellationToken = default) =>
        await db.StatePathways.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new StatePathwayRecord(s.Id, s.State, s.Kind, s.Description, s.Requirements, s.Source, s.AsOf, s.Version))
            .SingleOrDefaultAsync(cancellationToken);

    public Task<RecordStatus> SaveStatePathwayAsync(StatePathwayRecord record, CancellationToken cancellationToken = default) =>
        SaveAsync(
            db.StatePathways,
            record.Id,
            record.Version,
            () => new StatePathway { State = record.State, Description = record.Description, Requirements = record.Requirements, Source = record.Source },
            s =>
            {
                s.State = record.State.Trim();
                s.Kind = record.Kind;
                s.Description = record.Description.Trim();
                s.Requirements = record.Requirements.Trim();
                s.Source = record.Source.Trim();
                s.AsOf = record.AsOf;
            },
            cancellationToken);

    public Task<RecordStatus> DeleteStatePathwayAsync(int id, Guid version, CancellationToken cancellationToken = default) =>
        DeleteAsync(db.StatePathways, id, version, cancellationToken);
}
