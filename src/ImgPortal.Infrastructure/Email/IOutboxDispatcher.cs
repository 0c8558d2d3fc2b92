namespace ImgPortal.Infrastructure.Email;

/// <summary>Delivers queued e-mails through the configured delivery sender (pickup folder or SMTP).</summary>
public interface IOutboxDispatcher
{
    /// <summary>Delivers one message if it is unsent and due; true when this call delivered it.</summary>
    Task<bool> DispatchAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Delivers every due message (oldest first, at most a batch); returns how many were delivered.</summary>
    Task<int> DispatchDueAsync(CancellationToken cancellationToken = default);
}
