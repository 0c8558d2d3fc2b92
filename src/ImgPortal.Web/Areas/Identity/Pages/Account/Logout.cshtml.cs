using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Logs out (ending the session on the server, ADR 0004); an off-site return address is ignored.</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        await signIn.SignOutAsync();
        logger.LogInformation("User logged out");
        return LocalRedirect(Url.LocalOrNull(returnUrl) ?? "/");
    }
}
