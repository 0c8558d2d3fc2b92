using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Web.Areas.Staff.ViewModels.Audit;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>The audit trail: one entry per staff action in words, filterable, paged and exported (ADRs 0011, 0049).</summary>
public sealed class AuditController(IAuditLog audit) : StaffControllerBase
{
    public const int PageSize = 25;

    [HttpGet("/staff/audit")]
    public async Task<IActionResult> Index([FromQuery] AuditQuery query, CancellationToken cancellationToken)
    {
        var results = await audit.SearchAsync(query.ToFilter(), query.Page, PageSize, cancellationToken);
        var kinds = await audit.KindsAsync(cancellationToken);
        return View(new AuditViewModel(query, kinds, results));
    }

    [HttpGet("/staff/audit/export.csv")]
    public async Task<IActionResult> Export([FromQuery] AuditQuery query, CancellationToken cancellationToken)
    {
        var csv = await audit.ExportCsvAsync(query.ToFilter(), cancellationToken);
        return this.CsvFile(csv, "audit-trail.csv");
    }

    /// <summary>The stored rows of one action as written (type names and JSON): for admins only.</summary>
    [HttpGet("/staff/audit/{actionId}/raw")]
    [Authorize(Policy = Policies.AdminOnly)]
    public async Task<IActionResult> Raw(string actionId, CancellationToken cancellationToken)
    {
        var rows = await audit.RawAsync(actionId, cancellationToken);
        return rows.Count == 0 ? NotFound() : View(new AuditRawViewModel(actionId, rows));
    }
}
