using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Core.Planning;

/// <summary>A season date as <c>/dates</c> and the Match-cycle rule read it: with its organization, sources and whether it is announced.</summary>
public sealed record CycleDate(
    int Id,
    int Cycle,
    string Title,
    DateOnly? Date,
    SeasonDateKind Kind,
    DateMilestone Milestone,
    DateOrganization Organization,
    string UsuallyWhen,
    string Notes,
    IReadOnlyList<PathwaySource> Sources,
    DateOnly? CheckedOn)
{
    public bool Announced => Date is not null;

    public bool IsPast(DateOnly today) => Date is { } date && date < today;
}
