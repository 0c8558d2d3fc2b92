using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.Web.ViewModels.Outcomes;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>A member's reported outcomes: their own on their profile, or a member's for staff (the service checks).</summary>
public sealed class OutcomesViewComponent(IMemberOutcomeService outcomes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? memberUserId = null)
    {
        var list = memberUserId is null
            ? await outcomes.ListOwnAsync(HttpContext.RequestAborted)
            : await outcomes.ListForStaffAsync(memberUserId, HttpContext.RequestAborted);
        return View(new OutcomeListViewModel(list, ForStaff: memberUserId is not null));
    }
}
