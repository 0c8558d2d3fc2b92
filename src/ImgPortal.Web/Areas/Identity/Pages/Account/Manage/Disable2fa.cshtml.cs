using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Turns two-factor authentication off; with it already off, it says so instead of failing.</summary>
[Authorize]
public sealed class Disable2faModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ILogger<Disable2faModel> logger) : PageModel
{
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

        if (await users.GetTwoFactorEnabledAsync(user) && (await users.SetTwoFactorEnabledAsync(user, false)).Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            logger.LogInformation("Account {UserId} turned two-factor authentication off", user.Id);
            TempData["StatusMessage"] = "Two-factor authentication is off. You can turn it on again when you set up an authenticator app.";
        }

        return RedirectToPage("./TwoFactorAuthentication");
    }
}
