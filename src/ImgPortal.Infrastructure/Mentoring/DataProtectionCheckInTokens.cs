using System.Globalization;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Infrastructure.Links;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Infrastructure.Mentoring;

/// <summary>
/// Check-in answer links: the pairing, side, milestone and answer in an <see cref="ExpiringLinkPayload"/> (signed,
/// encrypted, with the expiry inside). A changed character fails to unprotect: the link is then "invalid", never a 500.
/// </summary>
public sealed class DataProtectionCheckInTokens(IDataProtectionProvider protection, TimeProvider clock) : ICheckInTokens
{
    public const string Purpose = "ImgPortal.Mentoring.CheckInAnswer.v1";

    private readonly ExpiringLinkPayload _payload = new(protection.CreateProtector(Purpose), clock);

    public string Sign(CheckInToken token, DateTime expiresAtUtc) =>
        _payload.Protect(
            expiresAtUtc,
            token.PairingId.ToString(CultureInfo.InvariantCulture),
            token.Side.ToString(),
            token.Milestone.ToString(),
            token.Answer.ToString());

    public CheckInTokenResult Read(string? token)
    {
        var parts = _payload.Unprotect(token, fieldCount: 4, out var expired);
        if (parts is null
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pairingId)
            || !Enum.TryParse<PairingSide>(parts[1], out var side)
            || !Enum.TryParse<CheckInMilestone>(parts[2], out var milestone)
            || !Enum.TryParse<CheckInAnswer>(parts[3], out var answer))
        {
            return new(CheckInTokenStatus.Invalid, null);
        }

        return expired
            ? new(CheckInTokenStatus.Expired, null)
            : new(CheckInTokenStatus.Valid, new CheckInToken(pairingId, side, milestone, answer));
    }
}
