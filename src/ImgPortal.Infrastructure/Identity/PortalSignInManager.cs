using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Identity;

/// <summary>
/// Identity's sign-in manager with two rules the default UI does not enforce (ADR 0004):
/// every failed password counts toward lockout, whatever the page asked for; and signing out ends the
/// session on the server too. Each sign-in stamps its cookie with the moment the session started; signing
/// out records the moment on the user, and <see cref="IsSessionCurrentAsync"/> refuses any cookie whose
/// session started before it, so a copy of the old cookie is worthless.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>The claim carrying the UTC ticks at which the cookie's session started.</summary>
    public const string SessionStartedClaim = "imgportal:session_started";

    public override Task<SignInResult> PasswordSignInAsync(
        ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure) =>
        base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);

    public override Task<SignInResult> CheckPasswordSignInAsync(
        ApplicationUser user, string password, bool lockoutOnFailure) =>
        base.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);

    public override Task SignInWithClaimsAsync(
        ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var started = new Claim(SessionStartedClaim, clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));
        var claims = additionalClaims.Where(c => c.Type != SessionStartedClaim).Append(started);
        return base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task SignOutAsync()
    {
        if (Context.User.Identity?.IsAuthenticated == true && await UserManager.GetUserAsync(Context.User) is { } user)
        {
            user.SignedOutAtUtc = clock.GetUtcNow().UtcDateTime;
            await UserManager.UpdateAsync(user);
        }

        await base.SignOutAsync();
    }

    /// <summary>False when the cookie's session started before the user last signed out, or the user is gone.</summary>
    public async Task<bool> IsSessionCurrentAsync(ClaimsPrincipal principal)
    {
        if (!long.TryParse(principal.FindFirstValue(SessionStartedClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var startedTicks))
        {
            return false;
        }

        var user = await UserManager.GetUserAsync(principal);
        return user is not null && (user.SignedOutAtUtc is not { } signedOut || startedTicks > signedOut.Ticks);
    }
}
