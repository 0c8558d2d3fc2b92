using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Web.Accounts;

/// <summary>
/// Where a person lands after logging in: the page they were promised (a local return address) first; otherwise
/// where their work is: staff and admins on the staff home, mentors on their mentoring dashboard, members on their
/// roadmap, or on the profile form (with a welcome saying why) while their profile is still empty.
/// </summary>
public sealed class LandingPages(UserManager<ApplicationUser> users, IProfileService profiles)
{
    public const string StaffHome = "/staff";
    public const string MentorDashboard = "/mentoring/dashboard";
    public const string Roadmap = "/roadmap";
    public const string EmptyProfile = "/profile";

    public async Task<string> AfterLogInAsync(ApplicationUser user, string? localReturnUrl, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(localReturnUrl) && localReturnUrl != "/")
        {
            return localReturnUrl;
        }

        var roles = await users.GetRolesAsync(user);
        if (roles.Contains(Roles.Staff) || roles.Contains(Roles.Admin))
        {
            return StaffHome;
        }

        if (roles.Contains(Roles.Mentor))
        {
            return MentorDashboard;
        }

        return await profiles.GetByUserIdAsync(user.Id, cancellationToken) is null ? EmptyProfile : Roadmap;
    }
}
