using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Accounts;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>A form that asks only for an e-mail address (forgot password, resend confirmation).</summary>
public sealed class EmailInput
{
    [Required]
    [EmailAddress]
    [StringLength(AccountLimits.EmailMaxLength)]
    [Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;
}
