using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// The one e-mail of "Send for review" (ADR 0093): built here as an <see cref="EmailContent"/> and handed to the
/// portal's sending path (<see cref="IEmailComposer"/>, then the outbox through <see cref="IEmailSender"/>).
/// </summary>
public sealed class DraftReviewMailer(IEmailSender email, IEmailComposer composer, IPortalLinks links)
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

    public async Task SendRequestAsync(
        string to, int pageId, string pageTitle, string requestedBy, string? note, CancellationToken cancellationToken = default)
    {
        var content = RequestContent(to, pageId, pageTitle, requestedBy, note, links.Absolute(DraftPath(pageId)));
        await email.SendAsync(await composer.ComposeAsync(content, cancellationToken), cancellationToken);
    }
}
