using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Notifications;

/// <summary>
/// Queues a mentoring e-mail in the outbox (<see cref="IEmailOutbox"/>), with a button to the mentoring dashboard
/// and a line saying why the person got it; the dispatcher lays it out in the portal's one template after the
/// caller's save has committed it, so a mail outage loses nothing. Nothing is saved here: call it before the
/// save that commits the change the e-mail tells of, so both are stored together or neither (ADR 0096).
/// </summary>
public sealed class MentoringMailer(IUserAccounts accounts, IEmailOutbox outbox, IPortalLinks links)
{
    public const string Reason = "You received this e-mail because you take part in ImgPortal's mentoring program.";

    public const string DashboardAction = "Open your mentoring dashboard";

    /// <summary>Queues <paramref name="content"/> to the account <paramref name="userId"/>, if it still has an address; the caller's next save sends it.</summary>
    public async Task SendAsync(string userId, MentoringEmail content, CancellationToken cancellationToken = default)
    {
        var address = await accounts.GetEmailAsync(userId, cancellationToken);
        if (address is not null)
        {
            SendTo(address, content);
        }
    }

    /// <summary>Queues <paramref name="content"/> to <paramref name="address"/>.</summary>
    private void SendTo(string address, MentoringEmail content) =>
        outbox.Queue(new EmailContent(
            address,
            content.Subject,
            [],
            new EmailAction(DashboardAction, links.Absolute(MentoringEmails.DashboardPath)),
            Reason,
            content.HtmlBody));
}
