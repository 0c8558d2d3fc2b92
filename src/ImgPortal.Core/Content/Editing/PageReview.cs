namespace ImgPortal.Core.Content.Editing;

/// <summary>One review of a page against its sources: who checked it, when, and against what. Never changed.</summary>
public class PageReview
{
    public int Id { get; set; }

    public int GuidancePageId { get; set; }

    /// <summary>The day the review counts for (the page's "Last reviewed" date).</summary>
    public DateOnly ReviewedOn { get; set; }

    public DateTime ReviewedAtUtc { get; set; }

    public string? ReviewedByUserId { get; set; }

    /// <summary>Who reviewed, as they were named then.</summary>
    public string ReviewedByName { get; set; } = string.Empty;

    /// <summary>The sources the reviewer checked the page against, as they wrote them.</summary>
    public required string SourcesChecked { get; set; }

    public string Note { get; set; } = string.Empty;
}
