using System.Text.RegularExpressions;
using ImgPortal.Core.Common;
using MimeKit;

namespace ImgPortal.Infrastructure.Email;

/// <summary>Builds the MIME message both senders deliver: HTML with a plain-text alternative.</summary>
internal static partial class MimeMessageFactory
{
    public static MimeMessage Create(EmailMessage message, EmailOptions options)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder
        {
            HtmlBody = message.HtmlBody,
            TextBody = System.Net.WebUtility.HtmlDecode(Tags().Replace(message.HtmlBody, string.Empty)),
        }.ToMessageBody();
        return mime;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
