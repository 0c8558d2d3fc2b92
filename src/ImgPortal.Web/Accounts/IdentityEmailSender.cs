using System.Net;
using System.Text.RegularExpressions;
using ImgPortal.Core.Common;

namespace ImgPortal.Web.Accounts;

/// <summary>
/// Hands Identity's account e-mails (confirm, reset, change of address) to the portal's outbox, to be laid out in
/// the portal's e-mail template with the reason they were sent. Identity builds the message and its link; the
/// message is the e-mail's trusted HTML and the link its button (the account page when the message has none).
/// Identity saves its own changes before it asks for the e-mail, so the e-mail is queued and saved on its own,
/// never with whatever else the caller's context tracks (ADR 0096).
/// </summary>
public sealed partial class IdentityEmailSender(IEmailOutbox outbox, IPortalLinks links)
    : Microsoft.AspNetCore.Identity.UI.Services.IEmailSender
{
    public const string Reason =
        "someone asked ImgPortal to confirm or reset the account that uses this address. If it was not you, "
        + "ignore this e-mail: nothing changes until the link is used.";

    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var link = FirstLink().Match(htmlMessage) is { Success: true } match
            && Uri.TryCreate(WebUtility.HtmlDecode(match.Groups[1].Value), UriKind.Absolute, out var url)
                ? new EmailAction(subject, url)
                : new EmailAction("Go to your account", links.Absolute("/Identity/Account/Manage"));
        await outbox.QueueAloneAsync(new EmailContent(
            email, $"ImgPortal: {subject}", [], link, Reason, TrustedHtml: htmlMessage));
    }

    [GeneratedRegex("href=[\"']([^\"']+)[\"']", RegexOptions.IgnoreCase)]
    private static partial Regex FirstLink();
}
