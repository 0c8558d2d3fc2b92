namespace ImgPortal.Core.Content;

/// <summary>Whether a pathway asks for one requirement; <see cref="Unknown"/> when no source we checked says.</summary>
public enum RequirementStatus
{
    Unknown,

    Required,

    NotRequired,
}
