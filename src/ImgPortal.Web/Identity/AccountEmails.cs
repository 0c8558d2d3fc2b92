using System.Text;
using System.Text.Encodings.Web;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace ImgPortal.Web.Identity;

/// <summary>
/// The account e-mails (confirm, reset, change of address, already registered). Every link is a path from the
/// route table on the configured <c>Portal:PublicBaseUrl</c>, never the request's Host header (ADR 0015).
/// </summary>
public sealed class AccountEmails(
    UserManager<ApplicationUser> users,
    Microsoft.AspNetCore.Identity.UI.Services.IEmailSender sender,
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
        await SendAsync(user.Email!, "Confirm your email",
            $"<p>Welcome to ImgPortal. Please confirm your account by <a href='{HtmlEncoder.Default.Encode(link)}'>clicking here</a>.</p>"
            + "<p>You get this e-mail because someone registered this address on ImgPortal. If it was not you, ignore it.</p>",
            cancellationToken);
    }

    public async Task SendPasswordResetAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link("/Account/ResetPassword", new { area = "Identity", code });
        await SendAsync(user.Email!, "Reset your password",
            $"<p>Please reset your password by <a href='{HtmlEncoder.Default.Encode(link)}'>clicking here</a>.</p>"
            + "<p>You get this e-mail because someone asked to reset the password of this ImgPortal account. If it was not you, ignore it: your password stays as it is.</p>",
            cancellationToken);
    }

    public async Task SendEmailChangeAsync(ApplicationUser user, string newEmail, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GenerateChangeEmailTokenAsync(user, newEmail));
        var link = Link("/Account/ConfirmEmailChange", new { area = "Identity", userId = user.Id, email = newEmail, code });
        await SendAsync(newEmail, "Confirm your email",
            $"<p>Please confirm your new ImgPortal e-mail address by <a href='{HtmlEncoder.Default.Encode(link)}'>clicking here</a>.</p>",
            cancellationToken);
    }

    /// <summary>Someone registered with an address that already has an account: tell its owner, not the visitor.</summary>
    public async Task SendAlreadyRegisteredAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var login = Link("/Account/Login", new { area = "Identity" });
        var reset = Link("/Account/ForgotPassword", new { area = "Identity" });
        await SendAsync(user.Email!, "You already have an account",
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

    /// <summary>Through <see cref="IdentityEmailSender"/>: the portal's e-mail layout, the first link as its button, and why it was sent.</summary>
    private Task SendAsync(string to, string subject, string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return sender.SendEmailAsync(to, subject, html);
    }
}
