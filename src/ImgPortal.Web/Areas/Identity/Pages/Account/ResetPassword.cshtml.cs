using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>Chooses a new password from the e-mailed link; a link that is not one the portal sent gets a page, not an error.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public bool LinkIsBroken { get; private set; }

    public IActionResult OnGet(string? code)
    {
        if (AccountEmails.Decode(code) is null)
        {
            LinkIsBroken = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Input = new ResetInput { Code = code! };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountEmails.Decode(Input.Code);
        if (token is null)
        {
            LinkIsBroken = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email);
        if (user is null)
        {
            // Same answer as a success: the page never says which addresses have accounts.
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password);
        if (result.Succeeded)
        {
            return RedirectToPage("./ResetPasswordConfirmation");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Code.Contains("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Code == "InvalidToken"
                ? "This reset link is not valid any more. Ask for a new one."
                : error.Description);
        }

        return Page();
    }

    /// <summary>What the reset form posts.</summary>
    public sealed class ResetInput
    {
        [Required]
        [EmailAddress]
        [StringLength(AccountLimits.EmailMaxLength)]
        [Display(Name = "E-mail")]
        public string Email { get; set; } = string.Empty;

        [Required]
        [StringLength(AccountLimits.PasswordMaxLength, ErrorMessage = "The {0} must be at least {2} and at most {1} characters long.", MinimumLength = PortalIdentityOptions.MinimumPasswordLength)]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = string.Empty;

        [DataType(DataType.Password)]
        [Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The password and confirmation password do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;

        [Required]
        public string Code { get; set; } = string.Empty;
    }
}
