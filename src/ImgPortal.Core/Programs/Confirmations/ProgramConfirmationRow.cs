namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// One program: when it last confirmed, and its newest link (to whom, when sent and until when, how it stands).
/// <see cref="OpenRequestId"/> is set while that link can still be answered (a reminder may be sent).
/// </summary>
public sealed record ProgramConfirmationRow(
    int ProgramId,
    string Name,
    string Key,
    DateOnly? LastConfirmedByProgram,
    bool ConfirmedThisYear,
    string? CoordinatorEmail,
    DateTime? SentAtUtc,
    DateTime? ExpiresAtUtc,
    ProgramConfirmationStatus? Status,
    int? OpenRequestId,
    int RemindersSent);
