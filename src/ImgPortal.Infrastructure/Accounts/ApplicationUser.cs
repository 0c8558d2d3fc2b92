using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>A person with a login. Profile data lives in its own entities, keyed by this user's id.</summary>
public class ApplicationUser : IdentityUser
{
    /// <summary>How the portal and mentors address the person (at most <see cref="AccountLimits.DisplayNameMaxLength"/> characters).</summary>
    [PersonalData]
    public string? DisplayName { get; set; }

    [PersonalData]
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the user last signed in; null until the first log-in, which lands on the profile.</summary>
    [PersonalData]
    public DateTime? LastSignedInAtUtc { get; set; }

    /// <summary>When the user last signed out. Every session that started before it is over (ADR 0004).</summary>
    public DateTime? SignedOutAtUtc { get; set; }
}
