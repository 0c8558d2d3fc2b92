using ImgPortal.Core.Mentoring;
using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>Mentoring's view of accounts: e-mail addresses and the Mentor role, through Identity's user manager.</summary>
public sealed class UserAccounts(UserManager<ApplicationUser> users) : IUserAccounts
{
    public async Task<string?> GetEmailAsync(string userId, CancellationToken cancellationToken = default) =>
        (await users.FindByIdAsync(userId))?.Email;

    public async Task AddToRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is not null && !await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    public async Task RemoveFromRoleAsync(string userId, string role, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is not null && await users.IsInRoleAsync(user, role))
        {
            Check(await users.RemoveFromRoleAsync(user, role));
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
