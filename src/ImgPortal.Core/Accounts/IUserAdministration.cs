using ImgPortal.Core.Common;

namespace ImgPortal.Core.Accounts;

public sealed record UserSummary(string Id, string Email, IReadOnlyList<string> Roles, bool IsLockedOut);

/// <summary>The outcome of a change to an account; <see cref="Error"/> says why it was refused.</summary>
public sealed record AccountChange(bool Succeeded, string? Error = null)
{
    public static readonly AccountChange Ok = new(true);

    public static AccountChange Refused(string error) => new(false, error);
}

/// <summary>Admin work on accounts: find, grant and remove roles, lock and unlock. Never leaves the portal without an admin.</summary>
public interface IUserAdministration
{
    /// <summary>The roles an admin may grant or remove (Member is everyone's).</summary>
    static readonly IReadOnlyList<string> ManagedRoles = [Roles.Staff, Roles.Mentor, Roles.Admin];

    Task<PagedResult<UserSummary>> SearchAsync(string? email, int page, int pageSize, CancellationToken cancellationToken = default);

    Task<UserSummary?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<AccountChange> GrantAsync(string id, string role);

    Task<AccountChange> RemoveAsync(string id, string role);

    Task<AccountChange> LockAsync(string id);

    Task<AccountChange> UnlockAsync(string id);
}
