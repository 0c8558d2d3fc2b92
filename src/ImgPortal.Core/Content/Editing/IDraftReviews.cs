using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>"Send for review": asking a named colleague to read a page's draft, their comments, approval or return (ADR 0093).</summary>
public interface IDraftReviews
{
    /// <summary>The review of the page's current draft, for the draft page; null when the page does not exist.</summary>
    Task<DraftReviewPanel?> GetPanelAsync(int pageId, CancellationToken cancellationToken = default);

    /// <summary>The drafts waiting for the signed-in person's review, oldest request first.</summary>
    Task<IReadOnlyList<DraftToReview>> AwaitingMyReviewAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks the staff member <paramref name="reviewerUserId"/> to review the draft, and e-mails them a link to it.</summary>
    Task<Outcome> SendAsync(int pageId, string? reviewerUserId, string? note, CancellationToken cancellationToken = default);

    /// <summary>Adds the signed-in person's comment to the draft.</summary>
    Task<Outcome> CommentAsync(int pageId, string? text, CancellationToken cancellationToken = default);

    /// <summary>The reviewer approves the draft as they read it (<paramref name="baseVersion"/>), with an optional comment.</summary>
    Task<Outcome> ApproveAsync(int pageId, string baseVersion, string? comment, CancellationToken cancellationToken = default);

    /// <summary>The reviewer returns the draft to its author with a comment saying what to change.</summary>
    Task<Outcome> ReturnAsync(int pageId, string? comment, CancellationToken cancellationToken = default);
}
