using ImgPortal.Core.Records;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// The coordinator's side of a confirmation link (ADR 0083): without an account, the coordinator confirms the
/// record or proposes changes with a note. A confirmation goes through the structured-record save path
/// (<see cref="IRecordEditingService"/>), so its version check, rules, audit trail and change log apply.
/// </summary>
public interface ICoordinatorAnswerService
{
    /// <summary>What the coordinator's link opens: only its program's current record, or why it opens nothing.</summary>
    Task<CoordinatorLink> OpenAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>"Everything is correct": the record is marked confirmed by the program today and the link is used up.</summary>
    Task<CoordinatorAnswer> ConfirmAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Stores proposed values and a note for staff to review; the link is used up.</summary>
    Task<CoordinatorAnswer> ProposeAsync(string? token, IReadOnlyDictionary<string, string?> values, string? note, CancellationToken cancellationToken = default);
}
