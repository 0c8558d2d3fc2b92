namespace ImgPortal.Core.Pathways.SelfCheck;

/// <summary>How one requirement stands for the person.</summary>
public enum RequirementCheck
{
    Met,
    Missing,
    Unknown,

    /// <summary>A condition of the license itself (where, under whom, how it converts), not something the person must already have.</summary>
    Condition,
}
