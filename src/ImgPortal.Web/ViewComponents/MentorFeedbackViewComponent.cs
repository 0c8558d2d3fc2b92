using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>The feedback both sides gave on a mentor's pairings, on the staff mentor page (staff only, by the service).</summary>
public sealed class MentorFeedbackViewComponent(IStaffPairingsService pairings) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int mentorId) =>
        View(await pairings.MentorFeedbackAsync(mentorId, HttpContext.RequestAborted));
}
