using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Dashboards;
using ImgPortal.Core.Mentoring.Reports;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// /staff/mentoring: the program's counts, the members-may-choose setting, and the mentoring figures by cohort as CSV
/// downloads (the table itself is on the overview). Not the members' <see cref="Web.Controllers.MentoringController"/>:
/// the two are told apart by the Staff area.
/// </summary>
public sealed class MentoringController(
    IStaffMentoringCountsService counts,
    IMentorChoiceService choices,
    IMentoringReportService reports)
    : StaffControllerBase
{
    [HttpGet("/staff/mentoring")]
    public async Task<IActionResult> Dashboard(CancellationToken cancellationToken) =>
        View(await counts.StaffCountsAsync(cancellationToken));

    [HttpPost("/staff/mentoring/settings")]
    public async Task<IActionResult> Settings(bool membersMayChoose, CancellationToken cancellationToken)
    {
        var outcome = await choices.SetMembersMayChooseAsync(membersMayChoose, cancellationToken);
        return this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Dashboard), "Mentoring", new { area = "Staff" })); // named: the members' MentoringController has a Dashboard too
    }

    [HttpGet("/staff/mentoring/cohorts.csv")]
    public async Task<IActionResult> Cohorts(CancellationToken cancellationToken) =>
        this.CsvFile(CohortCsv.Figures(await reports.CohortsAsync(cancellationToken)), CohortCsv.FiguresFileName);

    [HttpGet("/staff/mentoring/cohort-rows.csv")]
    public async Task<IActionResult> Rows(CancellationToken cancellationToken) =>
        this.CsvFile(CohortCsv.Rows(await reports.RowsAsync(cancellationToken)), CohortCsv.RowsFileName);
}
