using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content;

/// <summary>
/// A page of guidance, stored in the database so staff can keep it current. <see cref="BodyHtml"/> is
/// rendered and sanitized from <see cref="BodyMarkdown"/> when the page is saved, never per request.
/// </summary>
public class GuidancePage : IVersioned
{
    public int Id { get; set; }

    /// <summary>Lowercase URL segment, e.g. <c>j1-waiver</c>; the page is served at <c>/{Slug}</c>.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    public required string Summary { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;

    /// <summary>Structured records the page shows beside its text.</summary>
    public PageFeature Feature { get; set; } = PageFeature.None;

    /// <summary>Where the page's facts come from, shown to readers.</summary>
    public required string Source { get; set; }

    /// <summary>When staff last checked the page against its source (moved only by a review, never by publishing).</summary>
    public DateOnly LastReviewedOn { get; set; }

    /// <summary>Position on the home page's list of paths and in the main navigation; lower first.</summary>
    public int SortOrder { get; set; }

    /// <summary>The page's link text in the main navigation; null keeps it out of the navigation.</summary>
    public string? NavigationLabel { get; set; }

    /// <summary>The staff member who answers for the page (their account id), if any.</summary>
    public string? OwnerUserId { get; set; }

    /// <summary>The owner's e-mail address as it was when they were named owner.</summary>
    public string OwnerName { get; set; } = string.Empty;

    /// <summary>How often the page must be reviewed against its sources.</summary>
    public int ReviewIntervalMonths { get; set; } = PageRules.DefaultReviewIntervalMonths;

    /// <summary>True for a page staff created and have not published yet: visitors see nothing at its address.</summary>
    public bool AwaitingFirstPublication { get; set; }

    /// <summary>When the page was retired: visitors then get 410 Gone, or are sent to <see cref="RetiredRedirectTo"/>.</summary>
    public DateTime? RetiredAtUtc { get; set; }

    /// <summary>Where a retired page's address sends visitors (a path on the portal, or an https address); null answers 410 Gone.</summary>
    public string? RetiredRedirectTo { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>
    /// SHA-256 (hex) of the text the starter guidance seed last wrote to this page (ADR 0088); null for a page staff
    /// created, or one seeded before the hash was kept. While the page's text still hashes to it, staff never changed
    /// it, and a corrected seed may publish over it.
    /// </summary>
    public string? SeededTextHash { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<PageSection> Sections { get; set; } = [];
}
