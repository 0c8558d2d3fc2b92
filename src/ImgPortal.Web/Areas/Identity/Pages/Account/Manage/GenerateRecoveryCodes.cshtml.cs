using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>New recovery codes; with two-factor authentication off, it explains instead of failing.</summary>
[Authorize]
public sealed class GenerateRecoveryCodesModel(UserManager<ApplicationUser> users, ILogger<GenerateRecoveryCodesModel> logger) : PageModel
{
    [TempData]
    public string[]? RecoveryCodes { get; set; }

    public bool IsEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        IsEnabled = await users.GetTwoFactorEnabledAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
        logger.LogInformation("Account {UserId} made new recovery codes", user.Id);
        TempData["StatusMessage"] = "You have generated new recovery codes.";
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
