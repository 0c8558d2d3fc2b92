using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>
/// Identity's claims (id, name, roles, security stamp) plus the version of the user's record they were made
/// from, so a changed record (a role granted) refreshes the cookie at the next request (ADR 0016), and the name the
/// person registered with, which forms start from (the volunteer form's "Name shown to mentees").
/// </summary>
public sealed class PortalClaimsFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string VersionClaim = "imgportal:version";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(VersionClaim, user.ConcurrencyStamp ?? string.Empty));
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(Core.Common.PortalClaimTypes.DisplayName, user.DisplayName));
        }

        return identity;
    }
}
