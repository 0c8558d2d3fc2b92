namespace ImgPortal.Core.Programs.Confirmations;

public sealed record ConfirmationReview(
    int RequestId,
    int ProgramId,
    string ProgramName,
    string ProgramKey,
    string CoordinatorEmail,
    ProgramConfirmationStatus Status,
    DateTime? ProposedAtUtc,
    string Note,
    string ReviewNote,
    Guid RecordVersion,
    IReadOnlyList<ProposedChange> Changes);
