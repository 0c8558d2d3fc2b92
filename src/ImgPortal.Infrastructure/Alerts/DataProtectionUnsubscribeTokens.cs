using System.Globalization;
using System.Security.Cryptography;
using ImgPortal.Core.Alerts;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Infrastructure.Alerts;

/// <summary>
/// Unsubscribe links signed and encrypted by Data Protection (the keys every instance shares), like the check-in
/// links: the member's id and the expiry are inside the protected payload, the expiry checked against
/// <see cref="TimeProvider"/>. A changed character fails to unprotect: "invalid", never a 500.
/// </summary>
public sealed class DataProtectionUnsubscribeTokens(IDataProtectionProvider protection, TimeProvider clock) : IUnsubscribeTokens
{
    public const string Purpose = "ImgPortal.Alerts.Unsubscribe.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Sign(string userId, DateTime expiresAtUtc) =>
        _protector.Protect(expiresAtUtc.Ticks.ToString(CultureInfo.InvariantCulture) + "|" + userId);

    public UnsubscribeToken Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return new(UnsubscribeTokenStatus.Invalid, null);
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return new(UnsubscribeTokenStatus.Invalid, null);
        }

        var bar = payload.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || bar == payload.Length - 1
            || !long.TryParse(payload[..bar], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks))
        {
            return new(UnsubscribeTokenStatus.Invalid, null);
        }

        return clock.GetUtcNow().UtcDateTime.Ticks > expiresTicks
            ? new(UnsubscribeTokenStatus.Expired, null)
            : new(UnsubscribeTokenStatus.Valid, payload[(bar + 1)..]);
    }
}
