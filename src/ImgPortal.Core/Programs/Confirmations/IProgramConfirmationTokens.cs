namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// Signs and reads coordinator confirmation links: tamper-proof and time-limited, so the link itself is the
/// permission (no account) and names exactly one request of one program.
/// </summary>
public interface IProgramConfirmationTokens
{
    /// <summary>A URL-safe token for request <paramref name="requestId"/> of program <paramref name="programId"/>, valid until <paramref name="expiresAtUtc"/>.</summary>
    string Sign(int requestId, int programId, DateTime expiresAtUtc);

    ProgramConfirmationToken Read(string? token);
}

/// <summary>A read link: its status and, when valid, the request and program it names.</summary>
public sealed record ProgramConfirmationToken(ProgramConfirmationLinkStatus Status, int RequestId = 0, int ProgramId = 0);

/// <summary>What opening a confirmation link found.</summary>
public enum ProgramConfirmationLinkStatus
{
    Valid,

    /// <summary>Not ours, changed, unreadable, or naming another program than its request's.</summary>
    Invalid,

    /// <summary>Genuine but past its time limit.</summary>
    Expired,

    /// <summary>Genuine but already answered (or replaced by a newer link).</summary>
    Used,
}
