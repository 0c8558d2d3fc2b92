namespace ImgPortal.Core.Common;

/// <summary>The button of an e-mail: what to do and the absolute address of the page that does it.</summary>
public sealed record EmailAction(string Text, Uri Url);

/// <summary>
/// What one e-mail says, before it is laid out: the paragraphs (plain text, encoded when rendered), the page
/// that acts on it, and why the recipient got it (shown at the foot of every e-mail).
/// <paramref name="TrustedHtml"/> is markup built by the portal itself (Identity's account e-mails), shown as is.
/// </summary>
public sealed record EmailContent(
    string To,
    string Subject,
    IReadOnlyList<string> Paragraphs,
    EmailAction? Action,
    string Reason,
    string? TrustedHtml = null);

/// <summary>Lays an <see cref="EmailContent"/> out in the portal's one e-mail template: an HTML and a plain-text part.</summary>
public interface IEmailComposer
{
    Task<EmailMessage> ComposeAsync(EmailContent content, CancellationToken cancellationToken = default);
}
