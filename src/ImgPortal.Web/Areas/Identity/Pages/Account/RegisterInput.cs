using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Identity;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>What the registration form posts.</summary>
public sealed class RegisterInput
{
    [Required]
    [StringLength(AccountLimits.DisplayNameMaxLength)]
    [Display(Name = "Your name", Description = "How the portal and your mentor address you.")]
    public string DisplayName { get; set; } = string.Empty;

    [Required]
    [EmailAddress]
    [StringLength(AccountLimits.EmailMaxLength)]
    [Display(Name = "Email")]
    public string Email { get; set; } = string.Empty;

    [Required]
    [StringLength(AccountLimits.PasswordMaxLength, ErrorMessage = "The {0} must be at least {2} and at most {1} characters long.", MinimumLength = PortalIdentityOptions.MinimumPasswordLength)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    [Compare(nameof(Password), ErrorMessage = "The password and confirmation password do not match.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
