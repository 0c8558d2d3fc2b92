using ImgPortal.Core.Mentoring.Reports;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The staff mentoring overview's table of figures by cohort (the service shows them to staff only).</summary>
public sealed class CohortFiguresViewComponent(IMentoringReportService reports) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await reports.CohortsAsync(HttpContext.RequestAborted));
}
