namespace ImgPortal.Core.SourceWatch;

/// <summary>One item (a page section, a state pathway, a glossary term, …) that cites a <see cref="TrackedSource"/>.</summary>
public class SourceCitation
{
    public const int KindMaxLength = 60;

    public const int KeyMaxLength = 100;

    public const int TitleMaxLength = 300;

    public const int EditPathMaxLength = 300;

    public int Id { get; set; }

    public int TrackedSourceId { get; set; }

    public TrackedSource? Source { get; set; }

    /// <summary>The <see cref="ICitationProvider.Kind"/> that lists it, e.g. "state-pathway".</summary>
    public required string ItemKind { get; set; }

    /// <summary>The item's id within its kind, as text.</summary>
    public required string ItemKey { get; set; }

    public required string ItemTitle { get; set; }

    /// <summary>Where staff edit the item, e.g. <c>/staff/state-pathways/3</c>.</summary>
    public required string EditPath { get; set; }
}
