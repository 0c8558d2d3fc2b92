namespace ImgPortal.Core.Content;

/// <summary>A section of a page, or one step when the page is a checklist.</summary>
public class PageSection
{
    public int Id { get; set; }

    public int GuidancePageId { get; set; }

    public GuidancePage? Page { get; set; }

    public SectionKind Kind { get; set; } = SectionKind.Section;

    public int SortOrder { get; set; }

    public required string Heading { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;
}
