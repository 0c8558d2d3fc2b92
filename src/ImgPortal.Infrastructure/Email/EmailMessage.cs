namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// An e-mail laid out for delivery to one recipient (what <see cref="IEmailComposer"/> makes of an outbox message's content). <paramref name="HtmlBody"/> is the HTML part; <paramref name="TextBody"/> the
/// plain-text part (derived from the HTML, links kept as their URLs, when null). <paramref name="MessageId"/>
/// is the Message-ID header the outbox gives each message, so every delivery attempt of one message carries
/// the same id. <paramref name="ListUnsubscribe"/>, when set, is the one-click unsubscribe address sent in the
/// RFC 8058 <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post</c> headers (alerts, ADR 0078).
/// </summary>
public sealed record EmailMessage(
    string To, string Subject, string HtmlBody, string? TextBody = null, string? MessageId = null, string? ListUnsubscribe = null);
