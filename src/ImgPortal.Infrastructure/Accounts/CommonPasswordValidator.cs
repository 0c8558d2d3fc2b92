using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace ImgPortal.Infrastructure.Accounts;

/// <summary>
/// Refuses passwords found in breach corpora's most-common lists, as NIST SP 800-63B asks, instead of
/// composition rules (ADR 0004). The list is embedded: the portal never calls out to check a password.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.Trim().ToLowerInvariant();
        var emailName = user.Email?.Split('@')[0].ToLowerInvariant();
        var refused = IsCommon(lower)
            || lower.Distinct().Count() == 1
            || (!string.IsNullOrEmpty(emailName) && (lower == emailName || lower == user.Email?.ToLowerInvariant()));

        return Task.FromResult(refused
            ? IdentityResult.Failed(new IdentityError
            {
                Code = ErrorCode,
                Description = "This password is too common or too easy to guess. Try a longer phrase of a few unrelated words.",
            })
            : IdentityResult.Success);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("ImgPortal.Infrastructure.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim());
            }
        }

        return set;
    }
}
