using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Pathways.SelfCheck;
using ImgPortal.Web.ViewModels.StatePathways;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// The public state pathway pages: the current picture (<c>/state-pathways</c>), one state, a comparison of two to
/// four states and the history of ended measures. Fixed routes, so they win over the guidance slug route.
/// </summary>
[AllowAnonymous]
[Route("state-pathways")]
public sealed class StatePathwaysController(IStatePathwayService pathways, ISelfCheckService selfCheck) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? kind, string? status, CancellationToken cancellationToken)
    {
        var filter = new PathwayFilter(
            Enum.TryParse<PathwayKind>(kind, out var k) && Enum.IsDefined(k) ? k : null,
            Enum.TryParse<PathwayStatus>(status, out var s) && PathwayStatuses.IsCurrent(s) ? s : null);
        var overview = await pathways.GetOverviewAsync(filter, cancellationToken);
        return View(new PathwayOverviewViewModel(overview));
    }

    [HttpGet("compare")]
    public async Task<IActionResult> Compare(string[]? states, CancellationToken cancellationToken)
    {
        var comparison = await pathways.CompareAsync(states is null ? null : string.Join(",", states), cancellationToken);
        return View(new PathwayComparisonViewModel(comparison, states is { Length: > 0 }));
    }

    [HttpGet("history")]
    public async Task<IActionResult> History(CancellationToken cancellationToken) =>
        View(new PathwayHistoryViewModel(await pathways.GetHistoryAsync(cancellationToken)));

    [HttpGet("check")]
    public async Task<IActionResult> Check(CancellationToken cancellationToken)
    {
        var start = await selfCheck.StartAsync(cancellationToken);
        return View(new SelfCheckViewModel(SelfCheckInputModel.From(start.Answers), start.FromProfile, null));
    }

    /// <summary>Checks the answers and shows the results at once: nothing is changed or stored, so there is nothing to redirect to.</summary>
    [HttpPost("check")]
    public async Task<IActionResult> Check([Bind(Prefix = "Input")] SelfCheckInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(new SelfCheckViewModel(input, false, null));
        }

        var results = await selfCheck.CheckAsync(input.ToAnswers(), cancellationToken);
        return View(new SelfCheckViewModel(input, false, results));
    }

    [HttpGet("{state}")]
    public async Task<IActionResult> State(string state, CancellationToken cancellationToken)
    {
        var page = await pathways.GetStateAsync(state, cancellationToken);
        return page is null ? NotFound() : View(new StatePathwaysPageViewModel(page));
    }
}
