using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Infrastructure.Email;

/// <summary>The <c>Email:Outbox</c> section: how queued e-mails are delivered and retried.</summary>
public sealed class OutboxOptions
{
    /// <summary>
    /// With pickup delivery only: write each message as soon as it is queued (the background service retries
    /// failures). SMTP delivery always waits for the background service, never runs inside a request.
    /// </summary>
    public bool DispatchOnEnqueue { get; set; } = true;

    /// <summary>How often the background service looks for due messages.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    /// <summary>After this many failed attempts a message is kept, with its last error, but no longer tried.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;
}
