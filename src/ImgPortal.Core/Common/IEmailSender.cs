namespace ImgPortal.Core.Common;

/// <summary>
/// The one way the portal sends e-mail. The application's sender puts the message in the outbox (sent by a
/// background service with retries); the delivery senders behind it write a pickup file or talk SMTP.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
