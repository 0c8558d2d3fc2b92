using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Log-in. A wrong password, an unknown address and a locked account get the same message (ADR 0017); an
/// unconfirmed account is asked to confirm only after the right password. A successful log-in lands on the (local)
/// page the person was promised, or where their work is (<see cref="LandingPages"/>).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.LogIn)]
public sealed class LoginModel(PortalSignInManager signIn, AccountLogInLimiter accountLimiter, LandingPages landing) : PageModel
{
    public const string FailedMessage = "Invalid login attempt. Check your e-mail address and password.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    /// <summary>The right password, but the e-mail address is not confirmed yet.</summary>
    public bool MustConfirm { get; private set; }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        // A fresh form: no half-finished external or two-factor log-in carries over.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ReturnUrl = Url.LocalOrNull(returnUrl);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = Url.LocalOrNull(returnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await accountLimiter.TryAcquireAsync(Input.Email) is { } retryAfter)
        {
            Response.Headers.RetryAfter = PortalRateLimits.RetryAfterSeconds(retryAfter);
            HttpContext.RequestServices.GetRequiredService<ILogger<LoginModel>>()
                .LogWarning("Rate limit {Policy} refused a request from {UserId}", "log-in-per-account", "anonymous");
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var result = await signIn.PasswordSignInByEmailAsync(Input.Email, Input.Password, Input.RememberMe);
        if (result.Succeeded && await signIn.UserManager.FindByEmailAsync(Input.Email) is { } user)
        {
            return LocalRedirect(await landing.AfterLogInAsync(user, ReturnUrl, HttpContext.RequestAborted));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl, RememberMe = Input.RememberMe });
        }

        if (result.IsNotAllowed)
        {
            MustConfirm = true;
            return Page();
        }

        ModelState.AddModelError(string.Empty, FailedMessage);
        return Page();
    }

    /// <summary>What the log-in form posts.</summary>
    public sealed class LoginInput
    {
        [Required]
        [EmailAddress]
        [StringLength(AccountLimits.EmailMaxLength)]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required]
        [StringLength(AccountLimits.PasswordMaxLength)]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Keep me logged in on this device")]
        public bool RememberMe { get; set; }
    }
}
