using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Infrastructure.Links;

/// <summary>
/// The payload of a link sent by e-mail (check-in answers, program confirmations, unsubscribing): its fields and an
/// expiry, signed and encrypted by Data Protection (the keys every instance shares, ADR 0045), the expiry checked
/// against <see cref="TimeProvider"/> so tests can move the clock. A changed character fails to unprotect: the link is
/// then "invalid", never a 500. Each link type reads its own fields from what this returns.
/// </summary>
public sealed class ExpiringLinkPayload(IDataProtector protector, TimeProvider clock)
{
    private const char Separator = '|';

    /// <summary>The token for <paramref name="fields"/> (none may hold <c>|</c>), good until <paramref name="expiresAtUtc"/>.</summary>
    public string Protect(DateTime expiresAtUtc, params string[] fields) =>
        protector.Protect(string.Join(Separator, [.. fields, expiresAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)]));

    /// <summary>
    /// The token's fields, or <c>null</c> when it is blank, changed, made for another purpose or does not hold
    /// <paramref name="fieldCount"/> fields and an expiry; <paramref name="expired"/> says whether its expiry has passed.
    /// </summary>
    public string[]? Unprotect(string? token, int fieldCount, out bool expired)
    {
        expired = false;
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }

        var parts = payload.Split(Separator);
        if (parts.Length != fieldCount + 1
            || !long.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks))
        {
            return null;
        }

        expired = clock.GetUtcNow().UtcDateTime.Ticks > expiresTicks;
        return parts[..^1];
    }
}
