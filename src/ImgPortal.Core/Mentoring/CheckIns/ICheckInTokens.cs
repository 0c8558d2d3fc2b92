namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>
/// Signs and reads the one-click answer links of check-in e-mails: tamper-proof and time-limited, so the link
/// itself is the permission (no sign-in) and cannot be guessed from an id.
/// </summary>
public interface ICheckInTokens
{
    /// <summary>A URL-safe token for <paramref name="token"/>, valid until <paramref name="expiresAtUtc"/>.</summary>
    string Sign(CheckInToken token, DateTime expiresAtUtc);

    CheckInTokenResult Read(string? token);
}
