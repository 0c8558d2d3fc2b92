using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>A state pathway as the public pages show it, with its requirements in order and its sources.</summary>
public sealed record PathwayDetail(
    int Id,
    string State,
    string Name,
    PathwayKind Kind,
    PathwayStatus Status,
    string BillCitation,
    string StatuteCitation,
    DateOnly? EnactedOn,
    DateOnly? EffectiveOn,
    DateOnly? EndsOn,
    IReadOnlyList<RequirementDetail> Requirements,
    string Summary,
    IReadOnlyList<PathwaySource> Sources)
{
    public string StateName => UsStates.NameOf(State);

    public bool IsCurrent => PathwayStatuses.IsCurrent(Status);

    /// <summary>The most recent date the record was checked against one of its sources; null when it has none.</summary>
    public DateOnly? LastVerifiedOn => Sources.Count == 0 ? null : Sources.Max(s => s.VerifiedOn);

    public RequirementDetail Requirement(PathwayRequirement requirement) => Requirements.Single(r => r.Requirement == requirement);

    public static PathwayDetail From(StatePathway pathway) => new(
        pathway.Id,
        pathway.State,
        pathway.Name,
        pathway.Kind,
        pathway.Status,
        pathway.BillCitation,
        pathway.StatuteCitation,
        pathway.EnactedOn,
        pathway.EffectiveOn,
        pathway.EndsOn,
        PathwayRequirements.All.Select(r => new RequirementDetail(r.Requirement, r.Label, r.Value(pathway), r.Status(pathway))).ToList(),
        pathway.Summary,
        PathwaySources.Read(pathway.Sources));
}
