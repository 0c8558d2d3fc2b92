namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// A staff member asked a named colleague to read a page's draft (ADR 0093). The reviewer approves it or returns it
/// with a comment. An approval holds for the text it was given for (<see cref="ApprovedContentVersion"/>): once the
/// draft is saved again it no longer counts. Kept after the draft is published or discarded, as its history.
/// </summary>
public class DraftReviewRequest
{
    public int Id { get; set; }

    public int GuidancePageId { get; set; }

    /// <summary>The draft asked about; the page's later drafts have other ids.</summary>
    public int PageDraftId { get; set; }

    public required string ReviewerUserId { get; set; }

    /// <summary>The reviewer as they were named then (their e-mail address).</summary>
    public string ReviewerName { get; set; } = string.Empty;

    public string? RequestedByUserId { get; set; }

    public string RequestedByName { get; set; } = string.Empty;

    public DateTime RequestedAtUtc { get; set; }

    public DraftReviewStatus Status { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    /// <summary>The draft's <see cref="PageDraft.ContentVersion"/> the reviewer approved.</summary>
    public Guid? ApprovedContentVersion { get; set; }
}
