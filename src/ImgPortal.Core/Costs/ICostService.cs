using ImgPortal.Core.Common;

namespace ImgPortal.Core.Costs;

/// <summary>The cost planner: fees, estimates, and a member's own saved plan.</summary>
public interface ICostService
{
    /// <summary>Every fee record, by item, latest cycle first.</summary>
    Task<IReadOnlyList<Fee>> ListFeesAsync(CancellationToken cancellationToken = default);

    Task<CostEstimate> EstimateAsync(CostPlan plan, CancellationToken cancellationToken = default);

    /// <summary>The signed-in member's plan from their profile; null for a visitor or a member without a profile.</summary>
    Task<CostPlan?> ProfilePlanAsync(CancellationToken cancellationToken = default);

    /// <summary>The signed-in member's saved plan (its query string); null when none is saved.</summary>
    Task<string?> SavedOwnAsync(CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="plan"/> as the signed-in member's plan, replacing any earlier one.</summary>
    Task<Outcome> SaveOwnAsync(CostPlan plan, CancellationToken cancellationToken = default);
}
