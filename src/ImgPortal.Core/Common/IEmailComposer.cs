namespace ImgPortal.Core.Common;

/// <summary>Lays an <see cref="EmailContent"/> out in the portal's one e-mail template: an HTML and a plain-text part.</summary>
public interface IEmailComposer
{
    Task<EmailMessage> ComposeAsync(EmailContent content, CancellationToken cancellationToken = default);
}
