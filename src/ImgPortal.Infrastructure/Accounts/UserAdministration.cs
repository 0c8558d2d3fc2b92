using ImgPortal.Core.Accounts;
using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>Users and roles through Identity's <see cref="UserManager{TUser}"/>; every change is audited by the interceptor.</summary>
public sealed class UserAdministration(UserManager<ApplicationUser> users, AppDbContext db, TimeProvider clock) : IUserAdministration
{
    public const string LastAdminMessage = "This is the last admin: make someone else an admin first, so the portal always has one.";

    private static readonly string AdminRoleName = Roles.Admin.ToUpperInvariant();

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

    public async Task<Outcome> GrantAsync(string id, string role)
    {
        if (!IUserAdministration.ManagedRoles.Contains(role))
        {
            return Outcome.Invalid("That role cannot be granted here.");
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome.NotFound();
        }

        return await users.IsInRoleAsync(user, role) ? Outcome.Done($"{role} granted.") : FromIdentity(await users.AddToRoleAsync(user, role), $"{role} granted.");
    }

    public async Task<Outcome> RemoveAsync(string id, string role)
    {
        if (!IUserAdministration.ManagedRoles.Contains(role))
        {
            return Outcome.Invalid("That role cannot be removed here.");
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome.NotFound();
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            return Outcome.Done($"{role} removed.");
        }

        if (role != Roles.Admin)
        {
            return FromIdentity(await users.RemoveFromRoleAsync(user, role), $"{role} removed.");
        }

        return await WhileAdminsAreLockedAsync(async () => await IsLastActiveAdminAsync(user)
            ? Outcome.Invalid(LastAdminMessage)
            : FromIdentity(await users.RemoveFromRoleAsync(user, role), $"{role} removed."));
    }

    public async Task<Outcome> LockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome.NotFound();
        }

        return await WhileAdminsAreLockedAsync(async () =>
        {
            if (await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user))
            {
                return Outcome.Invalid(LastAdminMessage);
            }

            await users.SetLockoutEnabledAsync(user, true);
            var result = await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            if (result.Succeeded)
            {
                // Ends the user's sessions at their next request.
                await users.UpdateSecurityStampAsync(user);
            }

            return FromIdentity(result, "Account locked: its sessions end and it cannot log in.");
        });
    }

    public async Task<Outcome> UnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return Outcome.NotFound();
        }

        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return FromIdentity(result, "Account unlocked.");
    }

    /// <summary>
    /// Runs a change that may leave the portal without an admin (removing the role, locking an account) so that its
    /// last-admin check and its write are one step: in a transaction that first writes the Admin role's row, which
    /// every such change writes first. Two admins removing each other at the same moment then queue on that row
    /// (SQL Server holds its lock to the commit; SQLite has one writer), and the second one's check sees the
    /// first one's change, as the lockout counter's conditional update does for failed log-ins (ADR 0066).
    /// </summary>
    private Task<Outcome> WhileAdminsAreLockedAsync(Func<Task<Outcome>> change) =>
        db.InTransactionAsync(async cancellationToken =>
        {
            await db.Roles.Where(r => r.NormalizedName == AdminRoleName)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);
            return await change();
        });

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

    private static Outcome FromIdentity(IdentityResult result, string done) =>
        result.Succeeded ? Outcome.Done(done) : Outcome.Invalid(string.Join(" ", result.Errors.Select(e => e.Description)));
}
