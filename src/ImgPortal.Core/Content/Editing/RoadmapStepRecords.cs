using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A roadmap step, as staff edit it. Id 0 is a new record; the key is set once, at creation.</summary>
public sealed record RoadmapStepRecord(
    int Id, string Key, string Title, string Description, int SortOrder, RoadmapStage Stage, string GuidanceSlug, Guid Version);

public partial interface IRecordEditingService
{
    Task<IReadOnlyList<RoadmapStepRecord>> ListRoadmapStepsAsync(CancellationToken cancellationToken = default);

    Task<RoadmapStepRecord?> GetRoadmapStepAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Saves the step (its key only when new), then recomputes every member's stored stage.</summary>
    Task<RecordStatus> SaveRoadmapStepAsync(RoadmapStepRecord record, CancellationToken cancellationToken = default);

    /// <summary>Deletes the step (and members' states for it), then recomputes every member's stored stage.</summary>
    Task<RecordStatus> DeleteRoadmapStepAsync(int id, Guid version, CancellationToken cancellationToken = default);
}

public sealed partial class RecordEditingService
{
    public async Task<IReadOnlyList<RoadmapStepRecord>> ListRoadmapStepsAsync(CancellationToken cancellationToken = default) =>
        await db.RoadmapSteps.AsNoTracking()
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Key)
            .Select(s => new RoadmapStepRecord(s.Id, s.Key, s.Title, s.Description, s.SortOrder, s.Stage, s.GuidanceSlug, s.Version))
            .ToListAsync(cancellationToken);

    public async Task<RoadmapStepRecord?> GetRoadmapStepAsync(int id, CancellationToken cancellationToken = default) =>
        await db.RoadmapSteps.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new RoadmapStepRecord(s.Id, s.Key, s.Title, s.Description, s.SortOrder, s.Stage, s.GuidanceSlug, s.Version))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<RecordStatus> SaveRoadmapStepAsync(RoadmapStepRecord record, CancellationToken cancellationToken = default)
    {
        var status = await SaveAsync(
            db.RoadmapSteps,
            record.Id,
            record.Version,
            () => new RoadmapStep { Key = record.Key.Trim(), Title = record.Title },
            s =>
            {
                s.Title = record.Title.Trim();
                s.Description = record.Description.Trim();
                s.SortOrder = record.SortOrder;
                s.Stage = record.Stage;
                s.GuidanceSlug = record.GuidanceSlug.Trim();
            },
            cancellationToken);
        if (status == RecordStatus.Saved)
        {
            await RoadmapQueries.RecomputeAllStagesAsync(db, cancellationToken);
        }

        return status;
    }

    public async Task<RecordStatus> DeleteRoadmapStepAsync(int id, Guid version, CancellationToken cancellationToken = default)
    {
        var status = await DeleteAsync(db.RoadmapSteps, id, version, cancellationToken);
        if (status == RecordStatus.Saved)
        {
            await RoadmapQueries.RecomputeAllStagesAsync(db, cancellationToken);
        }

        return status;
    }
}
