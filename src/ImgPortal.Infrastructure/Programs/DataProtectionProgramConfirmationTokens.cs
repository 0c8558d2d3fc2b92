using System.Globalization;
using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Infrastructure.Links;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Infrastructure.Programs;

/// <summary>
/// Coordinator confirmation links, like the check-in links (ADR 0045, 0083): the request id and its program id in an
/// <see cref="ExpiringLinkPayload"/> (signed, encrypted, with the expiry inside); a changed character is "invalid", never a 500.
/// </summary>
public sealed class DataProtectionProgramConfirmationTokens(IDataProtectionProvider protection, TimeProvider clock) : IProgramConfirmationTokens
{
    public const string Purpose = "ImgPortal.Programs.Confirmation.v1";

    private readonly ExpiringLinkPayload _payload = new(protection.CreateProtector(Purpose), clock);

    public string Sign(int requestId, int programId, DateTime expiresAtUtc) =>
        _payload.Protect(
            expiresAtUtc,
            requestId.ToString(CultureInfo.InvariantCulture),
            programId.ToString(CultureInfo.InvariantCulture));

    public ProgramConfirmationToken Read(string? token)
    {
        var parts = _payload.Unprotect(token, fieldCount: 2, out var expired);
        if (parts is null
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var requestId)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var programId))
        {
            return new(ProgramConfirmationLinkStatus.Invalid);
        }

        return expired
            ? new(ProgramConfirmationLinkStatus.Expired)
            : new(ProgramConfirmationLinkStatus.Valid, requestId, programId);
    }
}
