namespace ImgPortal.Core.Mentoring.Reports;

/// <summary>Staff's figures of the mentoring program by cohort (the year members asked), on screen and as CSV.</summary>
public interface IMentoringReportService
{
    /// <summary>The cohorts, latest first; empty for anyone but staff.</summary>
    Task<IReadOnlyList<CohortFigures>> CohortsAsync(CancellationToken cancellationToken = default);

    /// <summary>The anonymous rows the figures are made of; empty for anyone but staff.</summary>
    Task<IReadOnlyList<CohortRequest>> RowsAsync(CancellationToken cancellationToken = default);
}
