using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.ViewComponents;

/// <summary>A request's ranking of mentors, for its member or staff (the service shows it to nobody else).</summary>
public sealed class RequestChoicesViewComponent(IMentorChoiceService choices) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int requestId, RequestStatus status, bool forStaff)
    {
        var ranking = await choices.RankingAsync(requestId, HttpContext.RequestAborted);
        return ranking.Count == 0
            ? Content(string.Empty)
            : View(new RequestChoicesViewModel(requestId, ranking, forStaff && status == RequestStatus.Open));
    }
}
