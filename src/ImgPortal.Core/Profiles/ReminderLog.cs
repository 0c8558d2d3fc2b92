namespace ImgPortal.Core.Profiles;

/// <summary>A reminder e-mail that was sent: the unique (UserId, ReminderKey) makes each one go once (ADR 0008).</summary>
public class ReminderLog
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string ReminderKey { get; set; }

    public DateTime SentAtUtc { get; set; }
}
