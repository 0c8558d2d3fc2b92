using ImgPortal.Core.Alerts;
using ImgPortal.Infrastructure.Links;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Infrastructure.Alerts;

/// <summary>
/// Unsubscribe links, like the check-in links: the member's id in an <see cref="ExpiringLinkPayload"/> (signed,
/// encrypted, with the expiry inside). A changed character fails to unprotect: "invalid", never a 500.
/// </summary>
public sealed class DataProtectionUnsubscribeTokens(IDataProtectionProvider protection, TimeProvider clock) : IUnsubscribeTokens
{
    public const string Purpose = "ImgPortal.Alerts.Unsubscribe.v1";

    private readonly ExpiringLinkPayload _payload = new(protection.CreateProtector(Purpose), clock);

    public string Sign(string userId, DateTime expiresAtUtc) => _payload.Protect(expiresAtUtc, userId);

    public UnsubscribeToken Read(string? token)
    {
        var parts = _payload.Unprotect(token, fieldCount: 1, out var expired);
        if (parts is null || parts[0].Length == 0)
        {
            return new(UnsubscribeTokenStatus.Invalid, null);
        }

        return expired ? new(UnsubscribeTokenStatus.Expired, null) : new(UnsubscribeTokenStatus.Valid, parts[0]);
    }
}
