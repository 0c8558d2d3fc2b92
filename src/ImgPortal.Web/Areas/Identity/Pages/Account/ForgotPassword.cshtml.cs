using ImgPortal.Infrastructure.Identity;
using ImgPortal.Web.Identity;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the address has an account (ADR 0017), and
/// the link is built on the configured public address, never the request's Host (ADR 0015).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.ForgotPassword)]
public sealed class ForgotPasswordModel(UserManager<ApplicationUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

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
        if (user is not null && await users.IsEmailConfirmedAsync(user))
        {
            await emails.SendPasswordResetAsync(user, cancellationToken);
        }

        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
