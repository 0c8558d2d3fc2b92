using ImgPortal.Infrastructure.Identity;
using ImgPortal.Web.Identity;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Sends the confirmation link again; the same answer for every address (ADR 0017).</summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.ResendConfirmation)]
public sealed class ResendEmailConfirmationModel(UserManager<ApplicationUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [TempData]
    public string? Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is not null && !await users.IsEmailConfirmedAsync(user))
        {
            await emails.SendConfirmationAsync(user, cancellationToken);
        }

        Sent = "yes";
        return RedirectToPage();
    }
}
