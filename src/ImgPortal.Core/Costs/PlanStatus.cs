namespace ImgPortal.Core.Costs;

/// <summary>Where a step of the person's plan stands: not needed, still ahead (to pay), or done (already paid).</summary>
public enum PlanStatus
{
    NotInPlan,
    Ahead,
    Done,
}
