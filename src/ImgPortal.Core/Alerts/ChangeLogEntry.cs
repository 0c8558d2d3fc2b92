namespace ImgPortal.Core.Alerts;

/// <summary>
/// One published change members can follow (ADR 0078): written in the same save as the publication (a page's
/// publish, a record's save), never for drafts. Never changed afterwards; alerts and the Atom feed read it.
/// </summary>
public class ChangeLogEntry
{
    public const int TopicMaxLength = 40;
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 1000;
    public const int LinkMaxLength = 300;

    public int Id { get; set; }

    /// <summary>A <see cref="ChangeTopic.Key"/>.</summary>
    public required string Topic { get; set; }

    /// <summary>The state's postal code for a state's pathway; null otherwise.</summary>
    public string? State { get; set; }

    public required string Title { get; set; }

    /// <summary>What changed, in words (changed section headings and words, or changed fields by their labels).</summary>
    public required string Summary { get; set; }

    /// <summary>The portal path that shows the changed content, e.g. <c>/state-pathways/tx</c>.</summary>
    public required string Link { get; set; }

    public DateTime PublishedAtUtc { get; set; }
}
