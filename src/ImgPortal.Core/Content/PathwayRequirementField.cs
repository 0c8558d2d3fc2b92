namespace ImgPortal.Core.Content;

/// <summary>One requirement of a <see cref="StatePathway"/>: its label and how to read and write its text and status.</summary>
public sealed record PathwayRequirementField(
    PathwayRequirement Requirement,
    string Label,
    Func<StatePathway, string> Value,
    Action<StatePathway, string> SetValue,
    Func<StatePathway, RequirementStatus> Status,
    Action<StatePathway, RequirementStatus> SetStatus)
{
    /// <summary>The entity property holding the text (its status is this name + "Status").</summary>
    public string Name => Requirement.ToString();

    public string StatusName => Name + "Status";
}
