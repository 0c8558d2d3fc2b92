namespace ImgPortal.Core.Costs;

/// <summary>An itemized estimate: the lines already paid (done) apart from those ahead, each part's total.</summary>
public sealed record CostEstimate(CostPlan Plan, CostTotal Done, CostTotal Ahead)
{
    public IEnumerable<CostLine> Lines => Done.Lines.Concat(Ahead.Lines);
}

/// <summary>
/// A part of an estimate: its lines, the sum of the priced lines' low and high amounts, and how many lines could not
/// be priced (they are left out of the sums, never counted as 0).
/// </summary>
public sealed record CostTotal(IReadOnlyList<CostLine> Lines)
{
    public decimal Low => Lines.Where(l => l.IsKnown).Sum(l => l.Low!.Value);

    public decimal High => Lines.Where(l => l.IsKnown).Sum(l => l.High!.Value);

    public int UnknownCount => Lines.Count(l => !l.IsKnown);
}
