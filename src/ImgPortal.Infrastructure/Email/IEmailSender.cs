namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// A delivery sender: writes a laid-out message to the pickup folder or sends it over SMTP. Only the outbox
/// dispatcher calls it; the application queues e-mail through <see cref="Core.Common.IEmailOutbox"/>.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
