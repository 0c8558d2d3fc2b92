using ImgPortal.Core.Common;

namespace ImgPortal.Web.Identity;

/// <summary>Hands Identity's account e-mails (confirm, reset) to the portal's one sender.</summary>
public sealed class IdentityEmailSender(IEmailSender sender) : Microsoft.AspNetCore.Identity.UI.Services.IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage) =>
        sender.SendAsync(new EmailMessage(email, $"ImgPortal: {subject}", htmlMessage));
}
