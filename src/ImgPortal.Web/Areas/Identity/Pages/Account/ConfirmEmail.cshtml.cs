using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The link in the confirmation e-mail. A missing, altered or expired link gets a page, not an error.</summary>
[AllowAnonymous]
[GetOnlyPage]
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> users) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>The local page the person registered on their way to; the log-in link carries it on.</summary>
    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code, string? returnUrl = null)
    {
        ReturnUrl = Url.LocalOrNull(returnUrl);
        var token = AccountEmails.Decode(code);
        var user = string.IsNullOrEmpty(userId) || token is null ? null : await users.FindByIdAsync(userId);
        Confirmed = user is not null && (await users.ConfirmEmailAsync(user, token!)).Succeeded;
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
