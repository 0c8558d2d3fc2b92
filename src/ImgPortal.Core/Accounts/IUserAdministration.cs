using ImgPortal.Core.Common;

namespace ImgPortal.Core.Accounts;

/// <summary>
/// Admin work on accounts: find, grant and remove roles, lock and unlock. Never leaves the portal without an admin.
/// Changes answer Done (with the flash message), NotFound (no such user) or Invalid (refused, with the reason).
/// </summary>
public interface IUserAdministration
{
    /// <summary>The roles an admin may grant or remove (Member is everyone's).</summary>
    static readonly IReadOnlyList<string> ManagedRoles = [Roles.Staff, Roles.Mentor, Roles.Admin];

    Task<PagedResult<UserSummary>> SearchAsync(string? email, int page, int pageSize, CancellationToken cancellationToken = default);

    Task<UserSummary?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<Outcome> GrantAsync(string id, string role);

    Task<Outcome> RemoveAsync(string id, string role);

    Task<Outcome> LockAsync(string id);

    Task<Outcome> UnlockAsync(string id);
}
