using ImgPortal.Web.Accounts;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the address has an account (ADR 0017), and
/// the link is built on the configured public address, never the request's Host (ADR 0015). The request only
/// queues the ask, for every address: the look-up, token and e-mail happen in the background, so a known and an
/// unknown address also take the same time (ADR 0071).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.ForgotPassword)]
public sealed class ForgotPasswordModel(AccountEmailRequests requests) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        requests.Enqueue(AccountEmailKind.PasswordReset, Input.Email);

        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
