using ImgPortal.Core.Profiles;
using ImgPortal.Web.Extensions;
using ImgPortal.Web.Resilience;
using ImgPortal.Web.ViewModels.Profiles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImgPortal.Web.Controllers;

/// <summary>The signed-in member's own IMG profile. There is no id in the URL: a member can only reach their own.</summary>
[Authorize]
public sealed class ProfileController(IProfileService profiles) : Controller
{
    [HttpGet("/profile")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken)
    {
        var profile = await profiles.GetOwnAsync(cancellationToken);
        return View(new ProfileEditViewModel(
            profile is null ? new ProfileInputModel() : ProfileInputModel.From(profile), IsNew: profile is null));
    }

    [HttpPost("/profile")]
    public async Task<IActionResult> Edit([Bind(Prefix = "Input")] ProfileInputModel input, CancellationToken cancellationToken)
    {
        var data = input.ToData();
        if (!ModelState.IsValid)
        {
            // The form could not be read as a profile: show the rules' messages too, for the fields that have none yet.
            this.AddMissingErrors(profiles.Validate(data), "Input");
            return View(new ProfileEditViewModel(input, IsNew: await profiles.GetOwnAsync(cancellationToken) is null));
        }

        // Another writer holding the database's lock past Database:BusyTimeoutSeconds: the form again, as typed (503).
        BusyFormFilter.ShowFormAgainWhenBusy(this, async () => View(new ProfileEditViewModel(input, IsNew: await profiles.GetOwnAsync(cancellationToken) is null)));
        var outcome = await profiles.SaveOwnAsync(data, cancellationToken);
        var isNew = !outcome.Succeeded && await profiles.GetOwnAsync(cancellationToken) is null;
        return this.ToResult(
            outcome,
            onDone: () => RedirectToAction(nameof(RoadmapController.Index), "Roadmap"),
            onInvalid: () => View(new ProfileEditViewModel(input, isNew)),
            // Saved from another window meanwhile: the form again, with what was typed and the reason, answered 409.
            onConflict: () =>
            {
                this.AddErrors(outcome, "Input");
                return View(new ProfileEditViewModel(input, isNew));
            },
            prefix: "Input");
    }
}
