using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways;

/// <summary>One requirement of a pathway as the public pages show it.</summary>
public sealed record RequirementDetail(PathwayRequirement Requirement, string Label, string Value, RequirementStatus Status);
