using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Notifications;

/// <summary>
/// Sends a mentoring e-mail in the portal's one e-mail layout (<see cref="IEmailComposer"/>: an HTML and a
/// plain-text part that keeps every address), with a button to the mentoring dashboard and a line saying why
/// the person got it. Mail goes through the outbox (<see cref="IEmailSender"/>), so a mail outage loses nothing.
/// </summary>
public sealed class MentoringMailer(IUserAccounts accounts, IEmailSender email, IEmailComposer composer, IPortalLinks links)
{
    public const string Reason = "You received this e-mail because you take part in ImgPortal's mentoring program.";

    public const string DashboardAction = "Open your mentoring dashboard";

    /// <summary>Sends <paramref name="content"/> to the account <paramref name="userId"/>, if it still has an address.</summary>
    public async Task SendAsync(string userId, MentoringEmail content, CancellationToken cancellationToken = default)
    {
        var address = await accounts.GetEmailAsync(userId, cancellationToken);
        if (address is not null)
        {
            await SendToAsync(address, content, cancellationToken);
        }
    }

    /// <summary>Sends <paramref name="content"/> to <paramref name="address"/>.</summary>
    public async Task SendToAsync(string address, MentoringEmail content, CancellationToken cancellationToken = default)
    {
        var laidOut = new Common.EmailContent(
            address,
            content.Subject,
            [],
            new EmailAction(DashboardAction, links.Absolute(MentoringEmails.DashboardPath)),
            Reason,
            content.HtmlBody);
        await email.SendAsync(await composer.ComposeAsync(laidOut, cancellationToken), cancellationToken);
    }
}
