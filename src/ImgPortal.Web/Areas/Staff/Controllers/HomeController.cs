using ImgPortal.Core.Dashboard;
using ImgPortal.Web.Areas.Staff.ViewModels.Dashboard;
using ImgPortal.Web.Rendering;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>The staff home page: what to do today, with counts, then compact charts with their tables behind a disclosure.</summary>
public sealed class HomeController(IDashboardService dashboard) : StaffControllerBase
{
    [HttpGet("/staff")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var data = await dashboard.GetAsync(cancellationToken);
        return View(new DashboardViewModel(
            data.ToDo,
            new BarChart("stages", "Members by roadmap stage", "Stage", "Members", data.MembersByStage),
            new BarChart("requests", "Mentor requests by month", "Month", "Requests", data.RequestsByMonth),
            new BarChart("pairings", "Pairings proposed by month", "Month", "Pairings", data.PairingsByMonth),
            new BarChart("waivers", "J-1 waiver figures by year", "Program and year", "Waivers a year", data.WaiverFiguresByYear),
            new BarChart("review-age", "Months since each page was last reviewed", "Page", "Months", data.MonthsSinceReview),
            data.OverduePages));
    }
}
