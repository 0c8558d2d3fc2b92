using ImgPortal.Core.Content;

namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>One requirement of a pathway checked against the answers: the result, why, and the source it rests on.</summary>
public sealed record RequirementResult(PathwayRequirement Requirement, string Label, RequirementCheck Check, string Why, PathwaySource? Source);
