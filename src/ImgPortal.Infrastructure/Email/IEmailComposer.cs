using ImgPortal.Core.Common;

namespace ImgPortal.Infrastructure.Email;

/// <summary>
/// Lays an <see cref="EmailContent"/> out in the portal's one e-mail template: an HTML and a plain-text part.
/// Called by the outbox dispatcher when it delivers a queued e-mail, never by the use case that queued it.
/// </summary>
public interface IEmailComposer
{
    Task<EmailMessage> ComposeAsync(EmailContent content, CancellationToken cancellationToken = default);
}
