namespace ImgPortal.Core.Content;

/// <summary>Where a page stands against its review interval.</summary>
public enum ReviewStatus
{
    Current,

    /// <summary>Due within <see cref="PageRules.DueSoonDays"/> days.</summary>
    DueSoon,

    Overdue,
}
