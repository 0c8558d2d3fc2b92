using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Web.Areas.Staff.ViewModels.Mentoring;
using ImgPortal.Web.Extensions;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Areas.Staff.Controllers;

/// <summary>/staff/requests: mentees' requests with ranked suggestions, and proposing a mentor for one.</summary>
public sealed class RequestsController(IStaffRequestService requests, IProposalService proposals) : StaffControllerBase
{
    [HttpGet("/staff/requests")]
    public async Task<IActionResult> Index(RequestStatus? status, int page = 1, CancellationToken cancellationToken = default) =>
        View(new StaffRequestListViewModel(status, await requests.ListRequestsAsync(status, page, cancellationToken)));

    [HttpGet("/staff/requests/{id:int}")]
    public async Task<IActionResult> Show(int id, CancellationToken cancellationToken)
    {
        var request = await requests.GetRequestAsync(id, cancellationToken);
        return request is null ? NotFound() : View(request);
    }

    [HttpPost("/staff/requests/{id:int}/pair")]
    public async Task<IActionResult> Pair(int id, int mentorId, CancellationToken cancellationToken) =>
        Done(id, await proposals.ProposeAsync(id, mentorId, cancellationToken));

    private IActionResult Done(int requestId, Outcome outcome) =>
        this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Show), new { id = requestId }));
}
