using ImgPortal.Core.Common;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// The staff page: one page of programs with their confirmation state (not confirmed this year first), how many
/// programs in all have not confirmed this year, and every proposal waiting for review.
/// </summary>
public sealed record ConfirmationOverview(int Year, PagedResult<ProgramConfirmationRow> Programs, int NotConfirmedCount, IReadOnlyList<PendingProposal> Proposals);
