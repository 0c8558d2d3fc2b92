namespace ImgPortal.Core.Common;

/// <summary>The one way the portal sends e-mail (pickup folder in Development, SMTP in Production).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
