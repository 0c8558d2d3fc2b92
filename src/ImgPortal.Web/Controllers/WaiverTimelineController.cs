using ImgPortal.Core.Waivers;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Waivers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>The signed-in member's own J-1 waiver timeline (ADR 0043). No id in the URL: a member only reaches their own.</summary>
[Authorize]
public sealed class WaiverTimelineController(IWaiverTimelineService timelines) : Controller
{
    public const string Path = "/j1-waiver/timeline";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var own = await timelines.GetOwnAsync(cancellationToken);
        return View(new WaiverTimelineViewModel(
            new WaiverTimelineInputModel { StartedOn = own.StartedOn, StateRecommendedOn = own.StateRecommendedOn }, own.Steps));
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Index([Bind(Prefix = "Input")] WaiverTimelineInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new WaiverTimelineViewModel(input, (await timelines.GetOwnAsync(cancellationToken)).Steps));
        }

        var outcome = await timelines.SaveOwnAsync(input.StartedOn, input.StateRecommendedOn, cancellationToken);
        var saved = outcome.Succeeded ? [] : (await timelines.GetOwnAsync(cancellationToken)).Steps;
        return this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(Index)),
            onInvalid: () => View(new WaiverTimelineViewModel(input, saved)),
            prefix: "Input");
    }
}
