using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in manager with two rules the default UI does not enforce (ADR 0004):
/// every failed password counts toward lockout, whatever the page asked for; and signing out renews the
/// user's security stamp, so a copy of the old cookie is refused on its next request.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override Task<SignInResult> PasswordSignInAsync(
        ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure) =>
        base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);

    public override Task<SignInResult> CheckPasswordSignInAsync(
        ApplicationUser user, string password, bool lockoutOnFailure) =>
        base.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);

    public override async Task SignOutAsync()
    {
        var principal = Context.User;
        if (principal.Identity?.IsAuthenticated == true)
        {
            var user = await UserManager.GetUserAsync(principal);
            if (user is not null)
            {
                await UserManager.UpdateSecurityStampAsync(user);
            }
        }

        await base.SignOutAsync();
    }
}
