using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Planning;

/// <summary>What <c>/dates</c> shows: today in New York and each cycle's dates by organization.</summary>
public sealed record DatesPage(DateOnly Today, IReadOnlyList<DatesCycle> Cycles);

public sealed record DatesCycle(int Cycle, IReadOnlyList<DatesGroup> Groups)
{
    public int DatedCount => Groups.Sum(g => g.Dates.Count(d => d.Announced));
}

public sealed record DatesGroup(DateOrganization Organization, IReadOnlyList<CycleDate> Dates);
