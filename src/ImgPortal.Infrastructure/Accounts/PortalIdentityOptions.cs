using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>The portal's account rules, in one place for the web app and the tests (ADR 0004).</summary>
public static class PortalIdentityOptions
{
    public const int MinimumPasswordLength = 8;
    public const int MaxFailedAccessAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Apply(IdentityOptions options)
    {
        options.SignIn.RequireConfirmedAccount = true;
        options.User.RequireUniqueEmail = true;

        // NIST SP 800-63B: length, not composition; long passphrases allowed; common passwords refused
        // by CommonPasswordValidator.
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 1;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAccessAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
    }
}
