using ImgPortal.Core.Profiles;
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
        var errors = ModelState.IsValid
            ? (await profiles.SaveOwnAsync(data, cancellationToken)).Errors
            : profiles.Validate(data);
        foreach (var error in errors)
        {
            var key = "Input." + error.Field;
            if (ModelState[key] is not { Errors.Count: > 0 })
            {
                ModelState.AddModelError(key, error.Message);
            }
        }

        if (!ModelState.IsValid)
        {
            return View(new ProfileEditViewModel(input, IsNew: await profiles.GetOwnAsync(cancellationToken) is null));
        }

        TempData["Status"] = "Your profile is saved, and your roadmap is up to date.";
        return Redirect("/roadmap");
    }
}
