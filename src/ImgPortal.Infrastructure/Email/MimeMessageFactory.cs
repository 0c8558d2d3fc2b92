using ImgPortal.Core.Common;
using MimeKit;

namespace ImgPortal.Infrastructure.Email;

/// <summary>Builds the MIME message both delivery senders write: HTML with a plain-text alternative that keeps every link.</summary>
internal static class MimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, EmailOptions options)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        if (!string.IsNullOrEmpty(message.MessageId))
        {
            mime.MessageId = message.MessageId;
        }

        if (!string.IsNullOrEmpty(message.ListUnsubscribe))
        {
            // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the address.
            mime.Headers.Add("List-Unsubscribe", $"<{message.ListUnsubscribe}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        mime.Body = new BodyBuilder
        {
            HtmlBody = message.HtmlBody,
            TextBody = message.TextBody ?? HtmlToText.Convert(message.HtmlBody),
        }.ToMessageBody();
        return mime;
    }
}
