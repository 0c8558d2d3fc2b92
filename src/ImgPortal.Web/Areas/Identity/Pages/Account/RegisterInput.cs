using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Accounts;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>What the registration form posts.</summary>
public sealed class RegisterInput
{
    [Required(ErrorMessage = "Enter your name, as you would like the portal and your mentor to address you.")]
    [StringLength(AccountLimits.DisplayNameMaxLength, ErrorMessage = "Your name can be at most {1} characters long.")]
    [Display(Name = "Your name", Description = "How the portal and your mentor address you.")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Enter your e-mail address: we send a link to it to confirm your account.")]
    [EmailAddress(ErrorMessage = "Enter an e-mail address in the form name@example.com.")]
    [StringLength(AccountLimits.EmailMaxLength, ErrorMessage = "The e-mail address can be at most {1} characters long.")]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(AccountLimits.PasswordMaxLength, ErrorMessage = "Choose a password of at least {2} characters (and at most {1}).", MinimumLength = PortalIdentityOptions.MinimumPasswordLength)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [DataType(DataType.Password)]
    [Display(Name = "Confirm password")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords differ: type the same password in both boxes.")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
