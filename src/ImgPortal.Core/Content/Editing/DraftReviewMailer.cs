using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// The e-mails of "Send for review" (ADR 0093, 0102): the request to the reviewer and the answer to the colleague who
/// asked, each built here as an <see cref="EmailContent"/> and queued in the outbox in the save that records the
/// request or the decision (ADR 0096).
/// </summary>
public sealed class DraftReviewMailer(IEmailOutbox outbox, IPortalLinks links)
{
    public const string Reason = "You received this e-mail because a colleague on ImgPortal's staff asked you to review a page before it is published.";

    public const string ActionText = "Open the draft";

    public const string DecisionReason = "You received this e-mail because you asked a colleague on ImgPortal's staff to review a page before it is published.";

    /// <summary>The draft's address in the staff area, at its review panel.</summary>
    public static string DraftPath(int pageId) => $"/staff/pages/{pageId}#draft-review";

    public static EmailContent RequestContent(string to, int pageId, string pageTitle, string requestedBy, string? note, Uri draftLink)
    {
        List<string> paragraphs =
        [
            $"{requestedBy} asks you to read the draft of the guidance page “{pageTitle}”.",
            "Open the draft, comment on it if you like, then approve it or return it with a comment saying what to change.",
        ];
        if (!string.IsNullOrWhiteSpace(note))
        {
            paragraphs.Add($"Their note: {note.Trim()}");
        }

        return new EmailContent(to, $"Please review the draft of “{pageTitle}”", paragraphs, new EmailAction(ActionText, draftLink), Reason);
    }

    /// <summary>Queues the request e-mail; the caller's next save stores it with the review request.</summary>
    public void QueueRequest(string to, int pageId, string pageTitle, string requestedBy, string? note) =>
        outbox.Queue(RequestContent(to, pageId, pageTitle, requestedBy, note, links.Absolute(DraftPath(pageId))));

    /// <summary>The answer to the colleague who asked: who approved or returned the draft, their comment, and a link back to it.</summary>
    public static EmailContent DecisionContent(
        string to, string pageTitle, string reviewer, DraftReviewStatus decision, string? comment, Uri draftLink)
    {
        var approved = decision == DraftReviewStatus.Approved;
        List<string> paragraphs =
        [
            approved
                ? $"{reviewer} approved the draft of the guidance page “{pageTitle}” as it is now. You may publish it. If anyone saves it again, it needs a new approval."
                : $"{reviewer} returned the draft of the guidance page “{pageTitle}” to you. Change it as they ask, then send it for review again.",
        ];
        if (!string.IsNullOrWhiteSpace(comment))
        {
            paragraphs.Add($"Their comment: {comment.Trim()}");
        }

        var subject = approved ? $"Approved: the draft of “{pageTitle}”" : $"Returned: the draft of “{pageTitle}” needs changes";
        return new EmailContent(to, subject, paragraphs, new EmailAction(ActionText, draftLink), DecisionReason);
    }

    /// <summary>Queues the answer e-mail; the caller's next save stores it with the decision.</summary>
    public void QueueDecision(string to, int pageId, string pageTitle, string reviewer, DraftReviewStatus decision, string? comment) =>
        outbox.Queue(DecisionContent(to, pageTitle, reviewer, decision, comment, links.Absolute(DraftPath(pageId))));
}
