namespace ImgPortal.Core.Accounts;

/// <summary>An account as the users page lists it.</summary>
public sealed record UserSummary(string Id, string Email, IReadOnlyList<string> Roles, bool IsLockedOut);
