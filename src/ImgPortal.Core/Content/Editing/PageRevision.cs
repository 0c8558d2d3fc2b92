namespace ImgPortal.Core.Content.Editing;

/// <summary>One publication of a page: a snapshot of what visitors saw from <see cref="PublishedAtUtc"/>. Never changed.</summary>
public class PageRevision
{
    public int Id { get; set; }

    public int GuidancePageId { get; set; }

    /// <summary>1, 2, 3… per page.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    public string SectionsJson { get; set; } = "[]";

    public string? PublishedByUserId { get; set; }

    /// <summary>Who published, as they were named then (the account may be gone later).</summary>
    public string PublishedByName { get; set; } = string.Empty;

    /// <summary>
    /// Who "published" revision 1, the text as it was before the first publication through the portal: worded to
    /// read after "Published by" and "was published by" (issue 21: never "Published by: Original content").
    /// </summary>
    public const string OriginalTextPublisher = "the site, before editing in the portal";

    /// <summary>Who published a corrected starter guidance seed over a page staff never changed (ADR 0088); reads after "Published by".</summary>
    public const string SeedPublisher = "the portal's starter guidance, corrected on upgrade";

    public DateTime PublishedAtUtc { get; set; }

    /// <summary>What the publisher said changed, in their words (optional).</summary>
    public string ChangeNote { get; set; } = string.Empty;
}
