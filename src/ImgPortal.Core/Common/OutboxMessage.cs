namespace ImgPortal.Core.Common;

/// <summary>
/// One e-mail waiting to be sent, or sent. Services only add rows (through <see cref="IEmailSender"/>); the
/// outbox dispatcher delivers them, retrying with backoff, and records <see cref="SentAtUtc"/>.
/// <see cref="Attempts"/> is a concurrency token: a dispatcher claims a message by raising it, so two
/// dispatchers never deliver the same message at once.
/// </summary>
public sealed class OutboxMessage
{
    public const int ToMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int LastErrorMaxLength = 500;
    public const int ListUnsubscribeMaxLength = 2000;

    public Guid Id { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    public string HtmlBody { get; set; } = string.Empty;

    public string TextBody { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the next attempt may start; null once sent or given up.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>The one-click unsubscribe address for the <c>List-Unsubscribe</c> headers, when the e-mail has one.</summary>
    public string? ListUnsubscribe { get; set; }

    /// <summary>The Message-ID header every attempt carries: the same id, however many times it is tried.</summary>
    public string MessageIdHeader => $"{Id:N}@imgportal";
}
