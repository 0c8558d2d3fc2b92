namespace ImgPortal.Core.Common;

/// <summary>
/// The one way the portal sends e-mail: an <see cref="EmailContent"/> is queued as data in the outbox and laid out
/// in the portal's one template only when the outbox dispatcher delivers it, after the change that caused it has
/// committed (ADR 0096).
/// </summary>
public interface IEmailOutbox
{
    /// <summary>
    /// Adds the e-mail to the caller's unit of work without saving: the caller's own <c>SaveChangesAsync</c> commits
    /// the change and its e-mail together, or neither. Queue before that save; an e-mail queued after the last save
    /// of a request or job is never sent.
    /// </summary>
    void Queue(EmailContent content);

    /// <summary>
    /// Queues and saves the e-mail in a unit of work of its own, never the caller's tracked changes: for e-mails that
    /// go with no change of the portal's own (Identity's account e-mails, whose changes Identity has saved already).
    /// </summary>
    Task QueueAloneAsync(EmailContent content, CancellationToken cancellationToken = default);
}
