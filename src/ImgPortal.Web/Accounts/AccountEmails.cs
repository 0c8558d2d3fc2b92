using System.Text;
using System.Text.Encodings.Web;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace ImgPortal.Web.Accounts;

/// <summary>
/// The account e-mails (confirm, reset, change of address, already registered). Every link is a path from the
/// route table on the configured <c>Portal:PublicBaseUrl</c>, never the request's Host header (ADR 0015).
/// </summary>
public sealed class AccountEmails(
    UserManager<ApplicationUser> users,
    Microsoft.AspNetCore.Identity.UI.Services.IEmailSender sender,
    IEmailOutbox outbox,
    IPortalLinks links,
    LinkGenerator routes)
{
    /// <param name="user">The new account.</param>
    /// <param name="returnUrl">A local page the person registered on their way to; the link carries it through confirmation and log-in.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task SendConfirmationAsync(ApplicationUser user, string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link("/Account/ConfirmEmail", new { area = "Identity", userId = user.Id, code, returnUrl });
        await QueueAsync(user.Email!, "confirm your e-mail address", "Confirm your e-mail address", link,
            [
                "Welcome to ImgPortal. To finish registering, confirm that this e-mail address is yours with the button below.",
                "You get this e-mail because someone registered this address on ImgPortal. If it was not you, ignore it: the account stays unconfirmed.",
            ],
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link("/Account/ResetPassword", new { area = "Identity", code });
        await QueueAsync(user.Email!, "reset your password", "Choose a new password", link,
            [
                "To choose a new password for your ImgPortal account, use the button below.",
                "You get this e-mail because someone asked to reset the password of this ImgPortal account. If it was not you, ignore it: your password stays as it is.",
            ],
            cancellationToken);
    }

    public async Task SendEmailChangeAsync(ApplicationUser user, string newEmail, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        var link = Link("/Account/ConfirmEmailChange", new { area = "Identity", userId = user.Id, email = newEmail, code });
        await QueueAsync(newEmail, "confirm your new e-mail address", "Confirm your new e-mail address", link,
            ["To use this address for your ImgPortal account from now on, confirm it with the button below."],
            cancellationToken);
    }

    /// <summary>Someone registered with an address that already has an account: tell its owner, not the visitor.</summary>
    public async Task SendAlreadyRegisteredAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var login = Link("/Account/Login", new { area = "Identity" });
        var reset = Link("/Account/ForgotPassword", new { area = "Identity" });
        await SendAsync(user.Email!, "you already have an account",
            $"<p>Someone tried to register on ImgPortal with this address, which already has an account.</p>"
            + $"<p>If it was you, <a href='{HtmlEncoder.Default.Encode(login)}'>log in</a>, or <a href='{HtmlEncoder.Default.Encode(reset)}'>reset your password</a> if you forgot it. If it was not you, ignore this e-mail.</p>",
            cancellationToken);
    }

    /// <summary>Decodes a code from an e-mailed link; null when it is not what the portal sent.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Link(string page, object values) =>
        links.Absolute(routes.GetPathByPage(page, handler: null, values)
            ?? throw new InvalidOperationException($"No route to the page {page}.")).AbsoluteUri;

    /// <summary>
    /// An e-mail whose one link is its button (and, under it, the same address to copy, wrapped on a phone): the
    /// portal's own words, not Identity's stock "clicking here" sentence with the link a third time (issue 21).
    /// </summary>
    private Task QueueAsync(string to, string subject, string button, string link, IReadOnlyList<string> paragraphs, CancellationToken cancellationToken) =>
        outbox.QueueAloneAsync(
            new EmailContent(to, "ImgPortal: " + subject, paragraphs, new EmailAction(button, new Uri(link)), IdentityEmailSender.Reason),
            cancellationToken);

    /// <summary>Through <see cref="IdentityEmailSender"/>: the portal's e-mail layout, the first link as its button, and why it was sent.</summary>
    private Task SendAsync(string to, string subject, string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return sender.SendEmailAsync(to, subject, html);
    }
}
