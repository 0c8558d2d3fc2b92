using ImgPortal.Core.Content;

namespace ImgPortal.Core.Costs;

/// <summary>
/// One line of an estimate: what it is for, whether it is already paid or still ahead, how many, and the low–high
/// amount (both null when a fee it needs is unknown: such a line is never counted as 0), with the fee's sources.
/// </summary>
public sealed record CostLine(
    FeeItem Item,
    string Label,
    PlanStatus Status,
    string Quantity,
    decimal? Low,
    decimal? High,
    string Currency,
    string ChargedBy,
    int? AppliesTo,
    DateOnly? CheckedOn,
    IReadOnlyList<PathwaySource> Sources,
    string Note)
{
    public bool IsKnown => Low is not null && High is not null;
}
