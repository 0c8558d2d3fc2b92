using ImgPortal.Web.Accounts;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Sends the confirmation link again; the same answer for every address (ADR 0017), and the same work: the request
/// only queues the ask, the background looks the address up and sends (ADR 0071).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.ResendConfirmation)]
public sealed class ResendEmailConfirmationModel(AccountEmailRequests requests) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [TempData]
    public string? Sent { get; set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        requests.Enqueue(AccountEmailKind.Confirmation, Input.Email);

        Sent = "yes";
        return RedirectToPage();
    }
}
