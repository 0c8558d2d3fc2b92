namespace ImgPortal.Core.Common;

/// <summary>
/// One e-mail waiting to be sent, or sent. Services only add rows (through <see cref="IEmailOutbox"/>, in the same
/// save as the change that caused the e-mail); the outbox dispatcher lays <see cref="Content"/> out in the portal's
/// template and delivers it, retrying with backoff, and records <see cref="SentAtUtc"/> (ADR 0096).
/// <see cref="Attempts"/> is a concurrency token: a dispatcher claims a message by raising it, so two
/// dispatchers never deliver the same message at once.
/// </summary>
public sealed class OutboxMessage
{
    public const int ToMaxLength = 256;
    public const int SubjectMaxLength = 300;
    public const int LastErrorMaxLength = 500;

    public Guid Id { get; set; }

    public string To { get; set; } = string.Empty;

    public string Subject { get; set; } = string.Empty;

    /// <summary>The <see cref="EmailContent"/> as JSON: the recipient, subject, paragraphs, button and reason, not yet laid out.</summary>
    public string Content { get; set; } = string.Empty;

    public DateTime CreatedAtUtc { get; set; }

    public int Attempts { get; set; }

    /// <summary>When the next attempt may start; null once sent or given up.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>The Message-ID header every attempt carries: the same id, however many times it is tried.</summary>
    public string MessageIdHeader => $"{Id:N}@imgportal";
}
