namespace ImgPortal.Core.Common;

/// <summary>
/// What one e-mail says, before it is laid out: the paragraphs (plain text, encoded when rendered), the page
/// that acts on it, and why the recipient got it (shown at the foot of every e-mail).
/// <paramref name="TrustedHtml"/> is markup built by the portal itself (Identity's account e-mails), shown as is.
/// <paramref name="Unsubscribe"/> is a one-click unsubscribe address: shown at the foot and sent as the
/// <c>List-Unsubscribe</c> header.
/// </summary>
public sealed record EmailContent(
    string To,
    string Subject,
    IReadOnlyList<string> Paragraphs,
    EmailAction? Action,
    string Reason,
    string? TrustedHtml = null,
    Uri? Unsubscribe = null);
