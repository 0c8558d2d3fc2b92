using System.ComponentModel.DataAnnotations;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Changes the account's e-mail address: the link goes to the new address, built on the configured public address (ADR 0015).</summary>
[Authorize]
public sealed class EmailModel(UserManager<ApplicationUser> users, AccountEmails emails) : PageModel
{
    public string? Email { get; private set; }

    public bool IsEmailConfirmed { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    [BindProperty]
    public ChangeInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeEmailAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }

        if (string.Equals(Input.NewEmail.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            StatusMessage = "Your e-mail is unchanged.";
            return RedirectToPage();
        }

        await emails.SendEmailChangeAsync(user, Input.NewEmail.Trim(), cancellationToken);
        StatusMessage = "Confirmation link to change e-mail sent. Please check your e-mail.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSendVerificationEmailAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        await emails.SendConfirmationAsync(user, cancellationToken: cancellationToken);
        StatusMessage = "Verification e-mail sent. Please check your e-mail.";
        return RedirectToPage();
    }

    private async Task LoadAsync(ApplicationUser user)
    {
        Email = await users.GetEmailAsync(user);
        IsEmailConfirmed = await users.IsEmailConfirmedAsync(user);
    }

    /// <summary>What the change form posts.</summary>
    public sealed class ChangeInput
    {
        [Required]
        [EmailAddress]
        [StringLength(AccountLimits.EmailMaxLength)]
        [Display(Name = "New e-mail")]
        public string NewEmail { get; set; } = string.Empty;
    }
}
