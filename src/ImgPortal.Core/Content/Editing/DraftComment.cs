namespace ImgPortal.Core.Content.Editing;

/// <summary>A staff member's comment on a page's draft, shown on the draft page with its author and time (ADR 0093).</summary>
public class DraftComment
{
    public const int TextMaxLength = 2000;

    public int Id { get; set; }

    public int GuidancePageId { get; set; }

    public int PageDraftId { get; set; }

    public string? AuthorUserId { get; set; }

    /// <summary>Who wrote it, as they were named then.</summary>
    public string AuthorName { get; set; } = string.Empty;

    public DateTime WrittenAtUtc { get; set; }

    public required string Text { get; set; }
}
