using ImgPortal.Core.Common;
using ImgPortal.Core.Records;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// Programs confirming their own records (ADR 0083). Staff send a program's coordinator a signed, expiring,
/// single-use link by e-mail, see which programs have not confirmed this year, send reminders and review proposals;
/// the coordinator, without an account, confirms the record or proposes changes with a note. Every change to the
/// record goes through the structured-record save path (<see cref="IRecordEditingService"/>), so its version check,
/// rules, audit trail and change log apply.
/// </summary>
public interface IProgramConfirmationService
{
    /// <summary>Days a link works after it is sent.</summary>
    const int LinkDays = 30;

    /// <summary>Every program with its confirmation state this year, and the proposals waiting for review.</summary>
    Task<ConfirmationOverview> OverviewAsync(CancellationToken cancellationToken = default);

    /// <summary>Sends program <paramref name="programId"/>'s coordinator a new link (an older unanswered one stops working).</summary>
    Task<Outcome> SendAsync(int programId, string coordinatorEmail, CancellationToken cancellationToken = default);

    /// <summary>Sends the same coordinator the link of an unanswered, unexpired request again.</summary>
    Task<Outcome> RemindAsync(int requestId, CancellationToken cancellationToken = default);

    /// <summary>A proposal as staff review it: each changed field, current and proposed; null when there is no such request.</summary>
    Task<ConfirmationReview?> ReviewAsync(int requestId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a proposal onto the record (through the record save path) and marks the record confirmed by the program
    /// today. <paramref name="recordVersion"/> is the record's version the reviewed diff was made against: a record
    /// changed since is a conflict, so staff never accept a diff they did not see.
    /// </summary>
    Task<Outcome> AcceptAsync(int requestId, Guid recordVersion, CancellationToken cancellationToken = default);

    /// <summary>Leaves the record as it is and records why.</summary>
    Task<Outcome> RejectAsync(int requestId, string reason, CancellationToken cancellationToken = default);

    /// <summary>What the coordinator's link opens: only its program's current record, or why it opens nothing.</summary>
    Task<CoordinatorLink> OpenAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>"Everything is correct": the record is marked confirmed by the program today and the link is used up.</summary>
    Task<CoordinatorAnswer> ConfirmAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Stores proposed values and a note for staff to review; the link is used up.</summary>
    Task<CoordinatorAnswer> ProposeAsync(string? token, IReadOnlyDictionary<string, string?> values, string? note, CancellationToken cancellationToken = default);
}

/// <summary>The staff page: every program's confirmation state and the proposals waiting.</summary>
public sealed record ConfirmationOverview(int Year, IReadOnlyList<ProgramConfirmationRow> Programs, IReadOnlyList<PendingProposal> Proposals);

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

public sealed record PendingProposal(int RequestId, string ProgramName, string CoordinatorEmail, DateTime ProposedAtUtc);

/// <summary>One proposed change as staff review it: the field's label and its current and proposed values as people read them.</summary>
public sealed record ProposedChange(string Field, string Label, string Current, string Proposed);

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

/// <summary>The coordinator's page: the program's record as the form holds it, or why the link opens nothing.</summary>
public sealed record CoordinatorLink(ProgramConfirmationLinkStatus Status, CoordinatorRecord? Record);

/// <summary>What the coordinator sees and may change: the program's title and its record (values and how people read them).</summary>
public sealed record CoordinatorRecord(string ProgramName, RecordView Record, IReadOnlyList<RecordField> Fields, DateTime ExpiresAtUtc);

/// <summary>How an answer went: the link's status, and (when it was valid) the outcome.</summary>
public sealed record CoordinatorAnswer(ProgramConfirmationLinkStatus Status, Outcome? Outcome, CoordinatorRecord? Record);
