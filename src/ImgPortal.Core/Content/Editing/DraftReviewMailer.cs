using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// The one e-mail of "Send for review" (ADR 0093): built here as an <see cref="EmailContent"/> and queued in the
/// outbox with the review request, in the same save (ADR 0096).
/// </summary>
public sealed class DraftReviewMailer(IEmailOutbox outbox, IPortalLinks links)
{
    public const string Reason = "You received this e-mail because a colleague on ImgPortal's staff asked you to review a page before it is published.";

    public const string ActionText = "Open the draft";

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
}
