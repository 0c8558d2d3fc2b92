using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>
/// Identity's sign-in manager with the portal's rules (ADR 0004, 0016, 0017):
/// every failed password counts toward lockout, whatever the page asked for; a locked account and an unknown
/// address cost one password hash like any other attempt and answer like a wrong password; an unconfirmed
/// account is told so only after the right password. Each sign-in stamps its cookie with the moment the
/// session started; signing out records the moment on the user, and <see cref="CheckSessionAsync"/> refuses
/// any cookie whose session started before it or whose security stamp is no longer the user's.
/// </summary>
public sealed class PortalSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    IPasswordHasher<ApplicationUser> hasher,
    TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>The claim carrying the UTC ticks at which the cookie's session started.</summary>
    public const string SessionStartedClaim = "imgportal:session_started";

    private static readonly ApplicationUser Nobody = new() { Id = "nobody", UserName = "nobody" };
    private static string? _dummyHash;

    /// <summary>What a cookie's principal is worth against the user's current record.</summary>
    public enum SessionCheck
    {
        /// <summary>The session stands and its claims are up to date.</summary>
        Current,

        /// <summary>The session stands, but the user changed (e.g. a role granted): re-issue the claims.</summary>
        Changed,

        /// <summary>The session is over: signed out, stamp changed (password, role removed, locked), or user gone.</summary>
        Revoked,
    }

    /// <summary>
    /// Logs in by e-mail address. An unknown address verifies the password against a dummy hash, so it takes
    /// as long as a known one, and answers <see cref="SignInResult.Failed"/>.
    /// </summary>
    public async Task<SignInResult> PasswordSignInByEmailAsync(string email, string password, bool isPersistent)
    {
        var user = await UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            HashAgainstNobody(password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
    }

    public override Task<SignInResult> PasswordSignInAsync(
        ApplicationUser user, string password, bool isPersistent, bool lockoutOnFailure) =>
        base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);

    public override async Task<SignInResult> CheckPasswordSignInAsync(
        ApplicationUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (UserManager is PortalUserManager portal)
        {
            // Another request of a parallel burst may have locked the account since this one loaded it.
            await portal.RefreshLockoutAsync(user);
        }

        if (await UserManager.IsLockedOutAsync(user))
        {
            HashAgainstNobody(password);
            Logger.LogWarning("Log-in refused: account {UserId} is locked out", user.Id);
            return SignInResult.LockedOut;
        }

        if (await UserManager.CheckPasswordAsync(user, password))
        {
            if (!await CanSignInAsync(user))
            {
                Logger.LogInformation("Log-in refused: account {UserId} has not confirmed its e-mail", user.Id);
                return SignInResult.NotAllowed;
            }

            await UserManager.ResetAccessFailedCountAsync(user);
            return SignInResult.Success;
        }

        await UserManager.AccessFailedAsync(user);
        if (await UserManager.IsLockedOutAsync(user))
        {
            Logger.LogWarning("Account {UserId} locked out after failed log-ins", user.Id);
            return SignInResult.LockedOut;
        }

        Logger.LogWarning("Failed log-in for account {UserId}", user.Id);
        return SignInResult.Failed;
    }

    public override async Task SignInWithClaimsAsync(
        ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var now = clock.GetUtcNow();
        user.LastSignedInAtUtc = now.UtcDateTime;
        await UserManager.UpdateAsync(user);

        var started = new Claim(SessionStartedClaim, now.UtcTicks.ToString(CultureInfo.InvariantCulture));
        var claims = additionalClaims.Where(c => c.Type != SessionStartedClaim).Append(started);
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
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

    /// <summary>Ends every session of the signed-in user, this one included, at their next request.</summary>
    public async Task SignOutEverywhereAsync()
    {
        if (await UserManager.GetUserAsync(Context.User) is { } user)
        {
            await UserManager.UpdateSecurityStampAsync(user);
            Logger.LogInformation("Account {UserId} ended all its sessions", user.Id);
        }

        await SignOutAsync();
    }

    /// <summary>
    /// Checks a cookie against the user's record with one query (by primary key): revoked when the user is
    /// gone, signed out after the session started, or the security stamp changed; changed when the user's
    /// record changed since the claims were issued (a role granted, a new e-mail).
    /// </summary>
    public async Task<(SessionCheck Check, ApplicationUser? User)> CheckSessionAsync(ClaimsPrincipal principal)
    {
        if (!long.TryParse(principal.FindFirstValue(SessionStartedClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var startedTicks))
        {
            return (SessionCheck.Revoked, null);
        }

        var user = await UserManager.GetUserAsync(principal);
        if (user is null || (user.SignedOutAtUtc is { } signedOut && startedTicks <= signedOut.Ticks))
        {
            return (SessionCheck.Revoked, user);
        }

        if (principal.FindFirstValue(Options.ClaimsIdentity.SecurityStampClaimType) != user.SecurityStamp)
        {
            Logger.LogDebug("Session of account {UserId} carries an old security stamp", user.Id);
            return (SessionCheck.Revoked, user);
        }

        return principal.FindFirstValue(PortalClaimsFactory.VersionClaim) == user.ConcurrencyStamp
            ? (SessionCheck.Current, user)
            : (SessionCheck.Changed, user);
    }

    private void HashAgainstNobody(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
