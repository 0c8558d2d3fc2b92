using System.Security.Claims;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.Web.Resilience;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Web.Accounts;

/// <summary>
/// Checks the log-in cookie on every request that carries one (ADR 0016): a revoked session (signed out,
/// password changed, role removed, account locked, "log out everywhere") is refused at once; a session whose
/// user record changed (a role granted) gets fresh claims. One query by primary key per signed-in request.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var signIn = context.HttpContext.RequestServices.GetRequiredService<PortalSignInManager>();
        PortalSignInManager.SessionCheck check;
        ApplicationUser? user;
        try
        {
            // The rest of the request (its page's queries) reuses this connection rather than taking one per query.
            // No cancellation token, like the check itself: a visitor who goes away must not turn into a logged error.
            await context.HttpContext.RequestServices.GetRequiredService<IAppDbContext>().KeepConnectionOpenAsync();
            (check, user) = await signIn.CheckSessionAsync(context.Principal);
        }
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex))
        {
            // The session cannot be checked while the database is down: the request answers 503
            // (DatabaseFaultMiddleware.RefuseUncheckedSessions) and the cookie is kept for when it returns.
            context.RejectPrincipal();
            DatabaseFaultMiddleware.MarkSessionUnchecked(context.HttpContext);
            return;
        }

        switch (check)
        {
            case PortalSignInManager.SessionCheck.Revoked:
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionValidation))
                    .LogWarning("Revoked session refused for account {UserId}", user?.Id ?? context.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                break;
            case PortalSignInManager.SessionCheck.Changed:
                var principal = await signIn.CreateUserPrincipalAsync(user!);
                if (context.Principal.FindFirst(PortalSignInManager.SessionStartedClaim) is { } started
                    && principal.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(started.Type, started.Value));
                }

                context.ReplacePrincipal(principal);
                context.ShouldRenew = true;
                break;
        }
    }
}
