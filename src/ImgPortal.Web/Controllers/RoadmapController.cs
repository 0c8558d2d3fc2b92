using System.Text;
using ImgPortal.Core.Profiles;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>The signed-in member's roadmap, the manual step states and the calendar download.</summary>
[Authorize]
public sealed class RoadmapController(IRoadmapService roadmaps, ICalendarService calendar) : Controller
{
    [HttpGet("/roadmap")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new RoadmapViewModel(await roadmaps.GetOwnAsync(cancellationToken)));

    [HttpPost("/roadmap/steps/{key}")]
    public async Task<IActionResult> SetState(string key, StepState state, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return NotFound();
        }

        var outcome = await roadmaps.SetOwnStepStateAsync(key, state, cancellationToken);
        return this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Index), null, null, "steps"));
    }

    [HttpGet("/roadmap/calendar.ics")]
    public async Task<IActionResult> Calendar(CancellationToken cancellationToken)
    {
        var roadmap = await roadmaps.GetOwnAsync(cancellationToken);
        var text = calendar.ToICalendar(calendar.EventsFor(roadmap));
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", "imgportal-dates.ics");
    }
}
