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

    /// <summary>This section's own sources, one a line as "URL | title | yyyy-MM-dd" (empty: the page's source line covers it).</summary>
    public string Sources { get; set; } = string.Empty;

    /// <summary>The Match cycle its rules belong to (e.g. "2027 Match"), shown beside the heading; empty when they do not change by cycle.</summary>
    public string Cycle { get; set; } = string.Empty;
}
