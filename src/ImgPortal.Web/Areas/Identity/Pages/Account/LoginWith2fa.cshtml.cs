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

/// <summary>The authenticator code after the password. Without a half-finished log-in it sends the visitor to log in.</summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.TwoFactor)]
public sealed class LoginWith2faModel(SignInManager<ApplicationUser> signIn, LandingPages landing, ILogger<LoginWith2faModel> logger) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty]
    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool rememberMe, string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login");
        }

        ReturnUrl = Url.LocalOrNull(returnUrl);
        RememberMe = rememberMe;
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

        var code = Input.TwoFactorCode.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            return LocalRedirect(await landing.AfterLogInAsync(user, ReturnUrl, HttpContext.RequestAborted));
        }

        logger.LogWarning("Invalid authenticator code for account {UserId}", user.Id);
        ModelState.AddModelError(string.Empty, "Invalid authenticator code.");
        return Page();
    }

    /// <summary>What the code form posts.</summary>
    public sealed class CodeInput
    {
        [Required]
        [StringLength(AccountLimits.AuthenticatorCodeMaxLength, ErrorMessage = AccountLimits.AuthenticatorCodeLength, MinimumLength = AccountLimits.AuthenticatorCodeMinLength)]
        [DataType(DataType.Text)]
        [Display(Name = "Authenticator code")]
        public string TwoFactorCode { get; set; } = string.Empty;

        [Display(Name = "Remember this machine")]
        public bool RememberMachine { get; set; }
    }
}
