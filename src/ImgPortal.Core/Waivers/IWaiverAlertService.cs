namespace ImgPortal.Core.Waivers;

/// <summary>Sends the State 30 alerts members asked for, each once (ADR 0042).</summary>
public interface IWaiverAlertService
{
    /// <summary>Queues every due alert through the outbox and logs it; returns how many were queued.</summary>
    Task<int> SendDueAsync(CancellationToken cancellationToken = default);
}
