namespace ImgPortal.Core.Content.Editing;

/// <summary>What happened to one part of a page (its title, summary, body, or one section) between two versions.</summary>
public enum BlockChange
{
    Unchanged,
    Changed,
    Added,
    Removed,
}
