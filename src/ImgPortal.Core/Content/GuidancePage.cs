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

    /// <summary>When staff last checked the page against its source.</summary>
    public DateOnly LastReviewedOn { get; set; }

    /// <summary>Position on the home page's list of paths; lower first.</summary>
    public int SortOrder { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<PageSection> Sections { get; set; } = [];
}
