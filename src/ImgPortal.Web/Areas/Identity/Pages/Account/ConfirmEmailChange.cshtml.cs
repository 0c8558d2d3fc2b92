using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>The link that confirms a new e-mail address; the address is also the user name.</summary>
[AllowAnonymous]
[GetOnlyPage]
public sealed class ConfirmEmailChangeModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? email, string? code)
    {
        var token = AccountEmails.Decode(code);
        var user = string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(email) || token is null ? null : await users.FindByIdAsync(userId);
        if (user is not null && (await users.ChangeEmailAsync(user, email!, token!)).Succeeded)
        {
            Confirmed = (await users.SetUserNameAsync(user, email)).Succeeded;
            if (Confirmed && signIn.IsSignedIn(User))
            {
                await signIn.RefreshSignInAsync(user);
            }
        }

        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
