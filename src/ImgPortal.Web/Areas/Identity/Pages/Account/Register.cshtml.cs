using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Registration. An address that already has an account gets the same answer as a new one ("check your
/// e-mail"), and its owner is told by e-mail instead (ADR 0017); the password is hashed either way.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PortalRateLimits.Register)]
public sealed class RegisterModel(
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    AccountEmails emails,
    ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>The local page the person was on their way to (the volunteer or request form); kept through confirmation and log-in.</summary>
    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl = null) => ReturnUrl = Url.LocalOrNull(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = Url.LocalOrNull(returnUrl);
        var candidate = new ApplicationUser
        {
            UserName = Input.Email?.Trim() ?? string.Empty,
            Email = Input.Email?.Trim() ?? string.Empty,
            DisplayName = Input.DisplayName?.Trim() ?? string.Empty,
        };

        // The password rules first, for every address, so the answer never depends on whether it is taken; and
        // together with the other fields' messages, so every problem shows at once (issue 21).
        var passwordChecked = !string.IsNullOrEmpty(Input.Password) && ModelState.GetFieldValidationState("Input.Password") != ModelValidationState.Invalid;
        foreach (var validator in users.PasswordValidators.Where(_ => passwordChecked))
        {
            var check = await validator.ValidateAsync(users, candidate, Input.Password);
            foreach (var error in check.Errors)
            {
                ModelState.AddModelError("Input.Password", error.Description);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var existing = await users.FindByEmailAsync(candidate.Email);
        if (existing is null)
        {
            var result = await users.CreateAsync(candidate, Input.Password);
            if (result.Succeeded)
            {
                logger.LogInformation("Account {UserId} registered", candidate.Id);
                await emails.SendConfirmationAsync(candidate, ReturnUrl, cancellationToken);
                return RedirectToPage("./RegisterConfirmation");
            }

            if (!result.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail"))
            {
                foreach (var error in result.Errors)
                {
                    ModelState.AddModelError(string.Empty, error.Description);
                }

                return Page();
            }

            existing = await users.FindByEmailAsync(candidate.Email);
        }
        else
        {
            // As long as creating an account takes: the same work, so the time gives nothing away.
            hasher.HashPassword(candidate, Input.Password);
        }

        if (existing is not null)
        {
            logger.LogInformation("Registration for the existing account {UserId}: its owner was told by e-mail", existing.Id);
            await emails.SendAlreadyRegisteredAsync(existing, cancellationToken);
        }

        return RedirectToPage("./RegisterConfirmation");
    }
}
