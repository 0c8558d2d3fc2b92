namespace ImgPortal.Core.Profiles;

/// <summary>
/// A login as Core may see it (a projection of the Identity user): id and address, nothing else. A class with
/// init properties, not a positional record, so EF Core can translate filters and joins on it.
/// </summary>
public sealed class MemberAccount
{
    public required string UserId { get; init; }

    public required string Email { get; init; }

    public bool EmailConfirmed { get; init; }
}
