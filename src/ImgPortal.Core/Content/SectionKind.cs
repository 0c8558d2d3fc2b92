namespace ImgPortal.Core.Content;

public enum SectionKind
{
    /// <summary>A titled block of text.</summary>
    Section,

    /// <summary>One numbered step of a checklist, in <see cref="PageSection.SortOrder"/>.</summary>
    Step,
}
