using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Erasure;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>
/// Identity's user manager with the portal's rules: every new account is stamped with its creation time and
/// joins the Member role; failed log-ins are counted in one SQL statement, so parallel guesses lock an
/// account exactly as serial ones do; removing a role or locking an account changes the security stamp,
/// which ends the user's sessions at their next request (ADR 0016); deleting an account anonymizes its
/// mentoring history in the same save (ADR 0047).
/// </summary>
public sealed class PortalUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    AppDbContext db,
    TimeProvider clock,
    IMentoringErasure mentoringErasure)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override async Task<IdentityResult> CreateAsync(ApplicationUser user)
    {
        if (user.CreatedAtUtc == default)
        {
            user.CreatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        var result = await base.CreateAsync(user);
        return result.Succeeded ? await AddToRoleAsync(user, Roles.Member) : result;
    }

    /// <summary>
    /// Counts a failed log-in atomically (<c>UPDATE … SET AccessFailedCount = AccessFailedCount + 1</c>), reads the
    /// count back, and locks the account when it reaches the configured maximum; the count then starts again.
    /// </summary>
    public override async Task<IdentityResult> AccessFailedAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.LockoutEnabled)
        {
            return IdentityResult.Success;
        }

        var max = Options.Lockout.MaxFailedAccessAttempts;
        var row = db.Users.Where(u => u.Id == user.Id);
        await row.ExecuteUpdateAsync(s => s.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1));
        var count = await row.Select(u => u.AccessFailedCount).SingleAsync();
        if (count >= max)
        {
            DateTimeOffset? until = clock.GetUtcNow() + Options.Lockout.DefaultLockoutTimeSpan;

            // Only a request that still sees the count at or past the maximum locks (and restarts the count).
            await row.Where(u => u.AccessFailedCount >= max)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, until).SetProperty(u => u.AccessFailedCount, 0));
        }

        await RefreshLockoutAsync(user);
        return IdentityResult.Success;
    }

    /// <summary>Reloads the failed-log-in count and lockout end from the database into <paramref name="user"/>.</summary>
    public async Task RefreshLockoutAsync(ApplicationUser user)
    {
        var fresh = await db.Users.AsNoTracking()
            .Where(u => u.Id == user.Id)
            .Select(u => new { u.AccessFailedCount, u.LockoutEnd })
            .SingleOrDefaultAsync();
        if (fresh is null)
        {
            return;
        }

        user.AccessFailedCount = fresh.AccessFailedCount;
        user.LockoutEnd = fresh.LockoutEnd;
        var entry = db.Entry(user);
        if (entry.State is EntityState.Unchanged or EntityState.Modified)
        {
            entry.Property(u => u.AccessFailedCount).OriginalValue = fresh.AccessFailedCount;
            entry.Property(u => u.LockoutEnd).OriginalValue = fresh.LockoutEnd;
        }
    }

    public override async Task<IdentityResult> RemoveFromRoleAsync(ApplicationUser user, string role) =>
        await EndSessionsIfDone(user, await base.RemoveFromRoleAsync(user, role));

    public override async Task<IdentityResult> RemoveFromRolesAsync(ApplicationUser user, IEnumerable<string> roles) =>
        await EndSessionsIfDone(user, await base.RemoveFromRolesAsync(user, roles));

    public override async Task<IdentityResult> SetLockoutEndDateAsync(ApplicationUser user, DateTimeOffset? lockoutEnd)
    {
        var result = await base.SetLockoutEndDateAsync(user, lockoutEnd);
        return lockoutEnd > clock.GetUtcNow() ? await EndSessionsIfDone(user, result) : result;
    }

    /// <summary>
    /// Deletes the account and, in the same save, anonymizes its mentoring history (ADR 0047): the pairings stay
    /// for the program's figures, the person does not.
    /// </summary>
    public override async Task<IdentityResult> DeleteAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await mentoringErasure.AnonymizeAsync(user.Id);
        return await base.DeleteAsync(user);
    }

    private async Task<IdentityResult> EndSessionsIfDone(ApplicationUser user, IdentityResult result) =>
        result.Succeeded ? await UpdateSecurityStampAsync(user) : result;
}
