using System.Globalization;
using System.Security.Cryptography;
using ImgPortal.Core.Programs.Confirmations;
using Microsoft.AspNetCore.DataProtection;

namespace ImgPortal.Infrastructure.Programs;

/// <summary>
/// Coordinator confirmation links signed and encrypted by ASP.NET Core Data Protection, like the check-in links
/// (ADR 0045, 0083): the request id, its program id and the expiry are inside the protected payload, the expiry is
/// checked against <see cref="TimeProvider"/>, and a changed character fails to unprotect ("invalid", never a 500).
/// </summary>
public sealed class DataProtectionProgramConfirmationTokens(IDataProtectionProvider protection, TimeProvider clock) : IProgramConfirmationTokens
{
    public const string Purpose = "ImgPortal.Programs.Confirmation.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public string Sign(int requestId, int programId, DateTime expiresAtUtc) =>
        _protector.Protect(string.Join(
            '|',
            requestId.ToString(CultureInfo.InvariantCulture),
            programId.ToString(CultureInfo.InvariantCulture),
            expiresAtUtc.Ticks.ToString(CultureInfo.InvariantCulture)));

    public ProgramConfirmationToken Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return new(ProgramConfirmationLinkStatus.Invalid);
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return new(ProgramConfirmationLinkStatus.Invalid);
        }

        var parts = payload.Split('|');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var requestId)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var programId)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiresTicks))
        {
            return new(ProgramConfirmationLinkStatus.Invalid);
        }

        return clock.GetUtcNow().UtcDateTime.Ticks > expiresTicks
            ? new(ProgramConfirmationLinkStatus.Expired)
            : new(ProgramConfirmationLinkStatus.Valid, requestId, programId);
    }
}
