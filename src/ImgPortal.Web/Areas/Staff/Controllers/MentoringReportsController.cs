using System.Text;
using ImgPortal.Core.Mentoring.Reports;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>The mentoring figures by cohort as CSV downloads; the table itself is on the mentoring overview.</summary>
public sealed class MentoringReportsController(IMentoringReportService reports) : StaffControllerBase
{
    private const string CsvType = "text/csv; charset=utf-8";

    [HttpGet("/staff/mentoring/cohorts.csv")]
    public async Task<IActionResult> Cohorts(CancellationToken cancellationToken) =>
        File(Encoding.UTF8.GetBytes(CohortCsv.Figures(await reports.CohortsAsync(cancellationToken))), CsvType, CohortCsv.FiguresFileName);

    [HttpGet("/staff/mentoring/cohort-rows.csv")]
    public async Task<IActionResult> Rows(CancellationToken cancellationToken) =>
        File(Encoding.UTF8.GetBytes(CohortCsv.Rows(await reports.RowsAsync(cancellationToken))), CsvType, CohortCsv.RowsFileName);
}
