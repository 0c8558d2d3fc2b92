using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <summary>Queries the roadmap services share.</summary>
internal static class RoadmapQueries
{
    public static async Task<List<StepDefinition>> StepsAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        await db.RoadmapSteps.AsNoTracking()
            .OrderBy(s => s.SortOrder)
            .Select(s => new StepDefinition(s.Key, s.Title, s.Description, s.SortOrder, s.Stage, s.GuidanceSlug) { Sources = s.Sources })
            .ToListAsync(cancellationToken);

    public static async Task<Dictionary<string, StepState>> ManualStatesAsync(
        IAppDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.MemberStepStates.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.RoadmapSteps, m => m.RoadmapStepId, s => s.Id, (m, s) => new { s.Key, m.State })
            .ToDictionaryAsync(x => x.Key, x => x.State, cancellationToken);

    public static async Task<RoadmapStage> StageForAsync(
        IAppDbContext db, string userId, ProfileData data, CancellationToken cancellationToken)
    {
        var steps = await StepsAsync(db, cancellationToken);
        var manual = await ManualStatesAsync(db, userId, cancellationToken);
        return RoadmapRules.StageOf(RoadmapRules.States(steps, data, manual));
    }
}
