using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>A recovery code instead of the authenticator. Without a half-finished log-in it sends the visitor to log in.</summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.TwoFactor)]
public sealed class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signIn, LandingPages landing, ILogger<LoginWithRecoveryCodeModel> logger) : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        ReturnUrl = Url.LocalOrNull(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = Url.LocalOrNull(returnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("./Login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(await landing.AfterLogInAsync(user, ReturnUrl, HttpContext.RequestAborted));
        }

        logger.LogWarning("Invalid recovery code for account {UserId}", user.Id);
        ModelState.AddModelError(string.Empty, "Invalid recovery code entered.");
        return Page();
    }

    /// <summary>What the recovery form posts.</summary>
    public sealed class RecoveryInput
    {
        [Required]
        [StringLength(64)]
        [DataType(DataType.Text)]
        [Display(Name = "Recovery code")]
        public string RecoveryCode { get; set; } = string.Empty;
    }
}
