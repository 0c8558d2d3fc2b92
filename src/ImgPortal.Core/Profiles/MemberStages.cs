using ImgPortal.Core.Common;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Profiles;

/// <inheritdoc cref="IMemberStages"/>
public sealed class MemberStages(IAppDbContext db) : IMemberStages
{
    public async Task<int> RecomputeAllAsync(CancellationToken cancellationToken = default)
    {
        var steps = await RoadmapQueries.StepsAsync(db, cancellationToken);
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

        return moved;
    }
}
