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

    /// <summary>
    /// Recomputes every member's stored stage from the current steps, their profile and their own step states
    /// (after staff change the steps). Saves only the profiles whose stage moved; returns how many did.
    /// </summary>
    public static async Task<int> RecomputeAllStagesAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var steps = await StepsAsync(db, cancellationToken);
        var manual = (await db.MemberStepStates.AsNoTracking()
                .Join(db.RoadmapSteps, m => m.RoadmapStepId, s => s.Id, (m, s) => new { m.UserId, s.Key, m.State })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, StepState>)g.ToDictionary(m => m.Key, m => m.State));
        var none = new Dictionary<string, StepState>();
        var profiles = await db.ImgProfiles.Include(p => p.Tags).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var profile in profiles)
        {
            var stage = RoadmapRules.StageOf(RoadmapRules.States(
                steps, ProfileMapping.ToData(profile), manual.GetValueOrDefault(profile.UserId) ?? none));
            if (profile.Stage != stage)
            {
                profile.Stage = stage;
                moved++;
            }
        }

        if (moved > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return moved;
    }

    public static async Task<RoadmapStage> StageForAsync(
        IAppDbContext db, string userId, ProfileData data, CancellationToken cancellationToken)
    {
        var steps = await StepsAsync(db, cancellationToken);
        var manual = await ManualStatesAsync(db, userId, cancellationToken);
        return RoadmapRules.StageOf(RoadmapRules.States(steps, data, manual));
    }
}
