namespace ImgPortal.Core.Alerts;

/// <summary>Sends the due change alerts: one e-mail per change, or the weekly digests (run by the alert job).</summary>
public interface IAlertService
{
    /// <summary>Queues every due alert; returns how many e-mails were queued.</summary>
    Task<int> SendDueAsync(CancellationToken cancellationToken = default);
}
