using System.Globalization;
using System.Security.Cryptography;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Pairings;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Infrastructure.Mentoring;

/// <summary>
/// Check-in answer links signed and encrypted by ASP.NET Core Data Protection (the keys every instance shares,
/// ADR 0045), with the expiry inside the protected payload and checked against <see cref="TimeProvider"/>, so
/// tests can move the clock. A changed character fails to unprotect: the link is then "invalid", never a 500.
/// </summary>
public sealed class DataProtectionCheckInTokens(IDataProtectionProvider protection, TimeProvider clock) : ICheckInTokens
{
    public const string Purpose = "ImgPortal.Mentoring.CheckInAnswer.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Sign(CheckInToken token, DateTime expiresAtUtc) =>
        _protector.Protect(string.Join(
            '|',
            token.PairingId.ToString(CultureInfo.InvariantCulture),
            token.Side.ToString(),
            token.Milestone.ToString(),
            token.Answer.ToString(),
            expiresAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)));

    public CheckInTokenResult Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return new(CheckInTokenStatus.Invalid, null);
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return new(CheckInTokenStatus.Invalid, null);
        }

        var parts = payload.Split('|');
        if (parts.Length != 5
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pairingId)
            || !Enum.TryParse<PairingSide>(parts[1], out var side)
            || !Enum.TryParse<CheckInMilestone>(parts[2], out var milestone)
            || !Enum.TryParse<CheckInAnswer>(parts[3], out var answer)
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks))
        {
            return new(CheckInTokenStatus.Invalid, null);
        }

        return clock.GetUtcNow().UtcDateTime.Ticks > expiresTicks
            ? new(CheckInTokenStatus.Expired, null)
            : new(CheckInTokenStatus.Valid, new CheckInToken(pairingId, side, milestone, answer));
    }
}
