using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Costs;

public sealed class CostService(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICostService
{
    public const string SavedMessage = "Your cost plan is saved to your roadmap.";

    public async Task<IReadOnlyList<Fee>> ListFeesAsync(CancellationToken cancellationToken = default) =>
        await db.Fees.AsNoTracking()
            .OrderBy(f => f.Item).ThenByDescending(f => f.AppliesTo).ThenBy(f => f.TierFrom)
            .ToListAsync(cancellationToken);

    public async Task<CostEstimate> EstimateAsync(CostPlan plan, CancellationToken cancellationToken = default) =>
        CostPlanner.Estimate(plan, await ListFeesAsync(cancellationToken));

    public async Task<CostPlan?> ProfilePlanAsync(CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } userId)
        {
            return null;
        }

        var profile = await db.ImgProfiles.AsNoTracking().Include(p => p.Tags).SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return profile is null ? null : CostPlan.From(profile);
    }

    public async Task<string?> SavedOwnAsync(CancellationToken cancellationToken = default) =>
        currentUser.UserId is { } userId
            ? await db.SavedCostPlans.AsNoTracking().Where(p => p.UserId == userId).Select(p => p.Query).SingleOrDefaultAsync(cancellationToken)
            : null;

    public async Task<Outcome> SaveOwnAsync(CostPlan plan, CancellationToken cancellationToken = default)
    {
        if (currentUser.UserId is not { } userId)
        {
            return Outcome.Forbidden("Sign in to save a plan.");
        }

        var saved = await db.SavedCostPlans.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (saved is null)
        {
            saved = new SavedCostPlan { UserId = userId, Query = string.Empty };
            db.SavedCostPlans.Add(saved);
        }

        saved.Query = CostPlanQuery.Of(plan);
        saved.SavedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Done(SavedMessage);
    }
}
