using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.ViewModels.Outcomes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>
/// The signed-in member's outcomes (interview offers, the Match, a waiver, a license), private to them and staff.
/// Ownership is checked in the service: someone else's outcome is a 404.
/// </summary>
[Authorize]
public sealed class OutcomesController(IMemberOutcomeService outcomes) : Controller
{
    [HttpGet("/profile/outcomes")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new OutcomesViewModel(await outcomes.ListOwnAsync(cancellationToken), new OutcomeInputModel()));

    [HttpPost("/profile/outcomes")]
    public async Task<IActionResult> Index([Bind(Prefix = "Input")] OutcomeInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            AddRuleErrors(input);
            return await IndexAgainAsync(input, cancellationToken);
        }

        var outcome = await outcomes.AddAsync(input.ToDetails(), cancellationToken);
        var listed = outcome.Succeeded ? [] : await outcomes.ListOwnAsync(cancellationToken);
        return this.ToResult(outcome, onDone: ToIndex, onInvalid: () => View(nameof(Index), new OutcomesViewModel(listed, input)), prefix: "Input");
    }

    [HttpGet("/profile/outcomes/{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var own = await outcomes.GetOwnAsync(id, cancellationToken);
        return own is null ? NotFound() : View(new OutcomeEditViewModel(id, OutcomeInputModel.From(own.Details)));
    }

    [HttpPost("/profile/outcomes/{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] OutcomeInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            AddRuleErrors(input);
            return await outcomes.GetOwnAsync(id, cancellationToken) is null ? NotFound() : View(new OutcomeEditViewModel(id, input));
        }

        var outcome = await outcomes.UpdateAsync(id, input.ToDetails(), cancellationToken);
        return this.ToResult(outcome, onDone: ToIndex, onInvalid: () => View(new OutcomeEditViewModel(id, input)), prefix: "Input");
    }

    [HttpPost("/profile/outcomes/{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        this.ToResult(await outcomes.DeleteAsync(id, cancellationToken), onDone: ToIndex);

    private async Task<IActionResult> IndexAgainAsync(OutcomeInputModel input, CancellationToken cancellationToken) =>
        View(nameof(Index), new OutcomesViewModel(await outcomes.ListOwnAsync(cancellationToken), input));

    /// <summary>The rules' messages too, for a form the binder refused, so every error shows at once (once a kind is chosen).</summary>
    private void AddRuleErrors(OutcomeInputModel input)
    {
        if (input.Kind is not null)
        {
            this.AddMissingErrors(outcomes.Validate(input.ToDetails()), "Input");
        }
    }

    private RedirectToActionResult ToIndex() => RedirectToAction(nameof(Index));
}
