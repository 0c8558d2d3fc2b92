using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>Pairings after the match: every active pairing, the stuck ones first with why.</summary>
public sealed class ActivePairingsController(IStaffPairingsService pairings) : StaffControllerBase
{
    [HttpGet("/staff/pairings")]
    public async Task<IActionResult> Index(bool stuck = false, int page = 1, CancellationToken cancellationToken = default) =>
        View(new ActivePairingsViewModel(stuck, await pairings.ListActiveAsync(stuck, page, cancellationToken)));
}
