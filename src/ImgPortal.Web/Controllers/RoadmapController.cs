using System.Text;
using ImgPortal.Core.Common;
using ImgPortal.Core.Costs;
using ImgPortal.Core.Profiles;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>The signed-in member's roadmap, its one form of step states, the calendar download and the calendar address.</summary>
[Authorize]
public sealed class RoadmapController(
    IRoadmapService roadmaps, ICalendarService calendar, ICalendarFeedService feeds, IPortalLinks links, ICostService costs) : Controller
{
    public const string NewFeedKey = "CalendarFeedToken";

    [HttpGet("/roadmap")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roadmap = await roadmaps.GetOwnAsync(cancellationToken);
        var hasFeed = await feeds.HasOwnAsync(cancellationToken);
        var newFeedUrl = TempData[NewFeedKey] is string token
            ? links.Absolute($"/calendar/{token}.ics").ToString()
            : null;
        var costPlan = await costs.SavedOwnAsync(cancellationToken);
        return View(new RoadmapViewModel(roadmap) { HasCalendarFeed = hasFeed, NewCalendarFeedUrl = newFeedUrl, CostPlanQuery = costPlan });
    }

    [HttpPost("/roadmap/steps")]
    public async Task<IActionResult> SetStates([FromForm] Dictionary<string, StepState> states, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        var outcome = await roadmaps.SetOwnStepStatesAsync(states, cancellationToken);
        return this.ToResult(outcome, onDone: () => RedirectToAction(nameof(Index), null, null, "steps"));
    }

    [HttpGet("/roadmap/calendar.ics")]
    public async Task<IActionResult> Calendar(CancellationToken cancellationToken)
    {
        var roadmap = await roadmaps.GetOwnAsync(cancellationToken);
        var text = calendar.ToICalendar(calendar.EventsFor(roadmap));
        return File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", "imgportal-dates.ics");
    }

    [HttpPost("/roadmap/calendar-feed")]
    public async Task<IActionResult> RenewFeed(CancellationToken cancellationToken)
    {
        TempData[NewFeedKey] = await feeds.RenewOwnAsync(cancellationToken);
        return Redirect("/roadmap#calendar");
    }

    [HttpPost("/roadmap/calendar-feed/revoke")]
    public async Task<IActionResult> RevokeFeed(CancellationToken cancellationToken)
    {
        await feeds.RevokeOwnAsync(cancellationToken);
        this.Flash("Your calendar address no longer works. Calendars subscribed to it will stop updating.");
        return Redirect("/roadmap#calendar");
    }

    /// <summary>The subscribable calendar: the secret address stands in for the login, so calendar apps need no cookie.</summary>
    [AllowAnonymous]
    [HttpGet("/calendar/{token}.ics")]
    [ResponseCache(Location = ResponseCacheLocation.None, NoStore = true)]
    public async Task<IActionResult> Feed(string token, CancellationToken cancellationToken)
    {
        var text = await feeds.CalendarForTokenAsync(token, cancellationToken);
        return text is null ? NotFound() : Content(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }
}
