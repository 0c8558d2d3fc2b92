using ImgPortal.Core.Profiles;
using ImgPortal.Web.Areas.Staff.ViewModels.Members;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Staff's member directory: search and filters, a member's profile read-only, CSV export and the funnel.</summary>
public sealed class MembersController(IMemberDirectoryService directory) : StaffControllerBase
{
    public const int PageSize = 10;

    [HttpGet("/staff/members")]
    public async Task<IActionResult> Index([FromQuery] MemberFilterInput filter, int page = 1, CancellationToken cancellationToken = default)
    {
        var results = await directory.SearchAsync(filter.ToFilter(), page, PageSize, cancellationToken);
        var funnel = await directory.FunnelAsync(cancellationToken);
        return View(new MembersIndexViewModel(filter, results, funnel));
    }

    [HttpGet("/staff/members/export.csv")]
    public async Task<IActionResult> Export([FromQuery] MemberFilterInput filter, CancellationToken cancellationToken)
    {
        var csv = await directory.ExportCsvAsync(filter.ToFilter(), cancellationToken);
        return this.CsvFile(csv, "members.csv");
    }

    [HttpGet("/staff/members/{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        var member = await directory.GetAsync(id, cancellationToken);
        return member is null ? NotFound() : View(new MemberShowViewModel(member));
    }
}
