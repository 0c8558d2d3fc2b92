using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Ends every session of the member, on every device, at its next request (ADR 0016).</summary>
[Authorize]
public sealed class LogOutEverywhereModel(PortalSignInManager signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutEverywhereAsync();
        TempData["Status"] = "You are logged out on every device. Log in again to continue.";
        return RedirectToPage("/Account/Login");
    }
}
