using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Infrastructure.Identity;

/// <summary>A person with a login. Profile data lives in its own entities, keyed by this user's id.</summary>
public class ApplicationUser : IdentityUser
{
    [PersonalData]
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the user last signed out. Every session that started before it is over (ADR 0004).</summary>
    public DateTime? SignedOutAtUtc { get; set; }
}
