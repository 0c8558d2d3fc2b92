using ImgPortal.Core.Auditing;
using ImgPortal.Web.ViewModels.Staff;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>The audit trail: every change by staff and admins, filterable and paged (ADR 0011).</summary>
public sealed class AuditController(IAuditLog audit) : StaffControllerBase
{
    public const int PageSize = 25;

    [HttpGet("/staff/audit")]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query, CancellationToken cancellationToken)
    {
        var results = await audit.SearchAsync(query.ToFilter(), query.Page, PageSize, cancellationToken);
        var types = await audit.EntityTypesAsync(cancellationToken);
        return View(new AuditViewModel(query, types, results));
    }
}
