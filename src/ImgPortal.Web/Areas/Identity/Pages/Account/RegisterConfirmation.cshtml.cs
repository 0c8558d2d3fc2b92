using ImgPortal.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ImgPortal.Web.Areas.Identity.Pages.Account;

/// <summary>"Check your e-mail": the same page after every registration, with or without parameters.</summary>
[AllowAnonymous]
[GetOnlyPage]
public sealed class RegisterConfirmationModel : PageModel
{
    public void OnGet()
    {
    }
}
