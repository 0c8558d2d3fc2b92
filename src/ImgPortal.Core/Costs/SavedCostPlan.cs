namespace ImgPortal.Core.Costs;

/// <summary>A member's cost plan saved to their roadmap: the planner's query string, one per member.</summary>
public class SavedCostPlan
{
    public const int QueryMaxLength = 600;

    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Query { get; set; }

    public DateTime SavedAtUtc { get; set; }
}
