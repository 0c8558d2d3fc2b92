using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>One requirement across the compared states (a cell is null when the state has no current pathway).</summary>
public sealed record ComparisonRow(PathwayRequirement Requirement, string Label, IReadOnlyList<RequirementDetail?> Cells, bool Differs);
