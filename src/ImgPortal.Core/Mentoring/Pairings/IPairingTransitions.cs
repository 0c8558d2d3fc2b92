using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Agreements;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// The one implementation of each change of a pairing's state that a person asks for: every route that offers
/// accepting, declining, cancelling or ending calls this (ADR 0069). Who may ask is checked here; someone else's
/// pairing is "not found".
/// </summary>
public interface IPairingTransitions
{
    /// <summary>
    /// The asked mentor accepts. With <paramref name="agreement"/> the agreement is proposed in the same save, so
    /// either both are stored or neither is.
    /// </summary>
    Task<Outcome> AcceptAsync(int pairingId, AgreementDetails? agreement, CancellationToken cancellationToken = default);

    /// <summary>The asked mentor declines; the request goes back to staff.</summary>
    Task<Outcome> DeclineAsync(int pairingId, string? reason, CancellationToken cancellationToken = default);

    /// <summary>Staff withdraw a proposal the mentor has not answered; the request is open again.</summary>
    Task<Outcome> CancelAsync(int pairingId, string? reason, CancellationToken cancellationToken = default);

    /// <summary>Either side or staff end an active pairing; before the agreement's planned end a reason is required.</summary>
    Task<Outcome> EndAsync(int pairingId, string? reason, CancellationToken cancellationToken = default);
}
