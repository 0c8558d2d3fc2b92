namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// One signed link staff sent a program's coordinator so the program confirms its own record (ADR 0083): who it
/// went to, when it expires, and what came back (a plain confirmation, or proposed values with a note that staff
/// accept or reject). The link is single-use: once answered it opens nothing.
/// </summary>
public class ProgramConfirmationRequest
{
    public const int EmailMaxLength = 256;

    public const int NoteMaxLength = 2000;

    public const int ProposedValuesMaxLength = 4000;

    public const int ReviewNoteMaxLength = 1000;

    public int Id { get; set; }

    public int ProgramId { get; set; }

    public string CoordinatorEmail { get; set; } = string.Empty;

    public DateTime SentAtUtc { get; set; }

    /// <summary>The staff member who sent it (a user id; kept when the account is deleted, like the audit trail).</summary>
    public string? SentByUserId { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public int RemindersSent { get; set; }

    public DateTime? LastReminderAtUtc { get; set; }

    /// <summary>When the coordinator answered (confirmed or proposed); the link opens nothing afterwards.</summary>
    public DateTime? UsedAtUtc { get; set; }

    public ProgramConfirmationStatus Status { get; set; }

    /// <summary>The proposed form values (JSON, field name to value) of <see cref="ProgramConfirmationFields.Proposable"/>; empty unless proposed.</summary>
    public string ProposedValues { get; set; } = string.Empty;

    /// <summary>The coordinator's note with a proposal.</summary>
    public string Note { get; set; } = string.Empty;

    public DateTime? ReviewedAtUtc { get; set; }

    public string? ReviewedByUserId { get; set; }

    /// <summary>Why staff rejected the proposal (shown to staff only).</summary>
    public string ReviewNote { get; set; } = string.Empty;

    public Guid Version { get; set; }
}

/// <summary>Where a confirmation link stands.</summary>
public enum ProgramConfirmationStatus
{
    /// <summary>Sent; not answered yet.</summary>
    Sent = 0,

    /// <summary>The coordinator said everything is correct.</summary>
    Confirmed = 1,

    /// <summary>The coordinator proposed changes; staff have not reviewed them yet.</summary>
    Proposed = 2,

    /// <summary>Staff accepted the proposed changes.</summary>
    Accepted = 3,

    /// <summary>Staff rejected the proposed changes.</summary>
    Rejected = 4,

    /// <summary>A newer link for the same program replaced it before it was answered.</summary>
    Replaced = 5,
}
