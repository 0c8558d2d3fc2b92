namespace ImgPortal.Core.Mentoring;

/// <summary>The user accounts mentoring needs (implemented over Identity in Infrastructure).</summary>
public interface IUserAccounts
{
    Task<string?> GetEmailAsync(string userId, CancellationToken cancellationToken = default);

    Task AddToRoleAsync(string userId, string role, CancellationToken cancellationToken = default);

    Task RemoveFromRoleAsync(string userId, string role, CancellationToken cancellationToken = default);
}
