using ImgPortal.Core.Common;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>
/// Staff sending a program's coordinator a signed, expiring, single-use link by e-mail, and reminders of it (ADR 0083).
/// </summary>
public interface IConfirmationLinkService
{
    /// <summary>Days a link works after it is sent.</summary>
    const int LinkDays = 30;

    /// <summary>Sends program <paramref name="programId"/>'s coordinator a new link (an older unanswered one stops working).</summary>
    Task<Outcome> SendAsync(int programId, string coordinatorEmail, CancellationToken cancellationToken = default);

    /// <summary>Sends the same coordinator the link of an unanswered, unexpired request again.</summary>
    Task<Outcome> RemindAsync(int requestId, CancellationToken cancellationToken = default);
}
