using ImgPortal.Core.Common;
using ImgPortal.Core.Records;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// Staff reviewing a coordinator's proposal (ADR 0083): a per-field diff to accept (through the structured-record
/// save path, <see cref="IRecordEditingService"/>) or reject with why.
/// </summary>
public interface IProposalReviewService
{
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
}
