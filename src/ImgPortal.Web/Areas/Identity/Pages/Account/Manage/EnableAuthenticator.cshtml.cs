using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Sets up an authenticator app: the shared key as text and as a QR code rendered on the server (SVG).
/// Turning two-factor on changes the security stamp, so this session's cookie is re-issued (ADR 0016).
/// </summary>
[Authorize]
public sealed class EnableAuthenticatorModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    ILogger<EnableAuthenticatorModel> logger) : PageModel
{
    private const string Issuer = "ImgPortal";

    public string SharedKey { get; private set; } = string.Empty;

    public string QrCodeSvgMarkup { get; private set; } = string.Empty;

    [TempData]
    public string[]? RecoveryCodes { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        var code = Input.Code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", "Verification code is invalid.");
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        logger.LogInformation("Account {UserId} turned on two-factor authentication with an authenticator app", user.Id);
        StatusMessage = "Your authenticator app has been verified.";

        var next = "./TwoFactorAuthentication";
        if (await users.CountRecoveryCodesAsync(user) == 0)
        {
            RecoveryCodes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToArray();
            next = "./ShowRecoveryCodes";
        }

        // Last: the security stamp changed, so this session's cookie is re-issued with the user's final state.
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage(next);
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key changes the security stamp: re-issue this session's cookie so only other sessions end.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        SharedKey = FormatKey(key!);
        var uri = string.Format(
            CultureInfo.InvariantCulture,
            "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            UrlEncoder.Default.Encode(Issuer),
            UrlEncoder.Default.Encode(user.Email ?? user.Id),
            key);
        QrCodeSvgMarkup = QrCodeSvg.Render(uri, "QR code with your ImgPortal authenticator key");
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return result.ToString().ToLowerInvariant().TrimEnd();
    }

    /// <summary>What the verification form posts.</summary>
    public sealed class CodeInput
    {
        [Required]
        [StringLength(AccountLimits.AuthenticatorCodeMaxLength, ErrorMessage = AccountLimits.AuthenticatorCodeLength, MinimumLength = AccountLimits.AuthenticatorCodeMinLength)]
        [DataType(DataType.Text)]
        [Display(Name = "Verification code")]
        public string Code { get; set; } = string.Empty;
    }
}
