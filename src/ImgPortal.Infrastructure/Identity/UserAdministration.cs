using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Identity;

/// <summary>Users and roles through Identity's <see cref="UserManager{TUser}"/>; every change is audited by the interceptor.</summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, AppDbContext db, TimeProvider clock) : IUserAdministration
{
    public const string LastAdminMessage = "This is the last admin: make someone else an admin first, so the portal always has one.";

    public async Task<PagedResult<UserSummary>> SearchAsync(string? email, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        page = Paging.ClampPage(page);
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(email))
        {
            var normalized = email.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(normalized));
        }

        var total = await query.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var rows = await query
            .OrderBy(u => u.NormalizedEmail)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.LockoutEnd,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var items = rows
            .Select(u => new UserSummary(u.Id, u.Email ?? string.Empty, u.Roles.Order().ToList(), u.LockoutEnd > now))
            .ToList();
        return new PagedResult<UserSummary>(items, page, pageSize, total);
    }

    public async Task<UserSummary?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? null : await SummaryAsync(user);
    }

    public async Task<AccountChange> GrantAsync(string id, string role)
    {
        if (!IUserAdministration.ManagedRoles.Contains(role))
        {
            return AccountChange.Refused("That role cannot be granted here.");
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountChange.Refused("There is no such user.");
        }

        return await users.IsInRoleAsync(user, role) ? AccountChange.Ok : Outcome(await users.AddToRoleAsync(user, role));
    }

    public async Task<AccountChange> RemoveAsync(string id, string role)
    {
        if (!IUserAdministration.ManagedRoles.Contains(role))
        {
            return AccountChange.Refused("That role cannot be removed here.");
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountChange.Refused("There is no such user.");
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            return AccountChange.Ok;
        }

        if (role == Roles.Admin && await IsLastActiveAdminAsync(user))
        {
            return AccountChange.Refused(LastAdminMessage);
        }

        return Outcome(await users.RemoveFromRoleAsync(user, role));
    }

    public async Task<AccountChange> LockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountChange.Refused("There is no such user.");
        }

        if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user))
        {
            return AccountChange.Refused(LastAdminMessage);
        }

        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        if (result.Succeeded)
        {
            // Ends the user's sessions at their next request.
            await users.UpdateSecurityStampAsync(user);
        }

        return Outcome(result);
    }

    public async Task<AccountChange> UnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return AccountChange.Refused("There is no such user.");
        }

        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return Outcome(result);
    }

    /// <summary>Whether <paramref name="user"/> is the only admin whose account is not locked.</summary>
    private async Task<bool> IsLastActiveAdminAsync(ApplicationUser user)
    {
        var now = clock.GetUtcNow();
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(a => a.Id != user.Id && !(a.LockoutEnd > now));
    }

    private async Task<UserSummary> SummaryAsync(ApplicationUser user)
    {
        var roles = await users.GetRolesAsync(user);
        return new UserSummary(user.Id, user.Email ?? string.Empty, roles.Order().ToList(), user.LockoutEnd > clock.GetUtcNow());
    }

    private static AccountChange Outcome(IdentityResult result) =>
        result.Succeeded ? AccountChange.Ok : AccountChange.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));
}
