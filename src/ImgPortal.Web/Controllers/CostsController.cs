using ImgPortal.Core.Costs;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Resilience;
using ImgPortal.Web.ViewModels.Costs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// The cost planner at <c>/costs</c>: a GET form (it works without script), the itemized estimate, the same plan as
/// CSV at <c>/costs.csv</c>, and for members a pre-filled form and a plan saved to their roadmap.
/// </summary>
public sealed class CostsController(ICostService costs) : Controller
{
    [AllowAnonymous]
    [HttpGet("/costs")]
    [ResponseCache(Location = ResponseCacheLocation.None, NoStore = true)]
    public async Task<IActionResult> Index([FromQuery] CostPlan plan, CancellationToken cancellationToken)
    {
        var fromProfile = false;
        if (Request.Query.Count == 0 && await costs.ProfilePlanAsync(cancellationToken) is { } profilePlan)
        {
            plan = profilePlan;
            fromProfile = true;
        }

        return View(await PageAsync(plan, fromProfile, cancellationToken));
    }

    [AllowAnonymous]
    [HttpGet("/costs.csv")]
    public async Task<IActionResult> Csv([FromQuery] CostPlan plan, CancellationToken cancellationToken)
    {
        var estimate = await costs.EstimateAsync(plan, cancellationToken);
        return this.CsvFile(CostsCsv.Write(estimate), "imgportal-costs.csv");
    }

    [Authorize]
    [HttpPost("/costs/save")]
    public async Task<IActionResult> Save([FromForm] CostPlan plan, CancellationToken cancellationToken)
    {
        // The save button carries the plan in hidden fields, not a form ModelState would stop: a busy write shows the plan again (503).
        BusyFormFilter.ShowFormAgainWhenBusy(this, async () => View(nameof(Index), await PageAsync(plan, fromProfile: false, cancellationToken)));
        var outcome = await costs.SaveOwnAsync(plan, cancellationToken);
        return this.ToResult(outcome, onDone: () => Redirect("/roadmap#cost-plan"));
    }

    private async Task<CostsViewModel> PageAsync(CostPlan plan, bool fromProfile, CancellationToken cancellationToken)
    {
        var estimate = await costs.EstimateAsync(plan, cancellationToken);
        return new CostsViewModel(estimate, await costs.ListFeesAsync(cancellationToken))
        {
            FromProfile = fromProfile,
            SignedIn = User.Identity?.IsAuthenticated == true,
            SavedQuery = await costs.SavedOwnAsync(cancellationToken),
        };
    }
}
