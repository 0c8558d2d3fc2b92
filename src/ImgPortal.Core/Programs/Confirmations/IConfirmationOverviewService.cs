namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>The staff overview of programs confirming their own records (ADR 0083): who has confirmed this year, and the proposals waiting.</summary>
public interface IConfirmationOverviewService
{
    /// <summary>Programs shown on one page of the overview.</summary>
    const int PageSize = 25;

    /// <summary>
    /// Page <paramref name="page"/> of the programs with their confirmation state this year (not confirmed first, then
    /// by name), and every proposal waiting for review.
    /// </summary>
    Task<ConfirmationOverview> OverviewAsync(int page, CancellationToken cancellationToken = default);
}
