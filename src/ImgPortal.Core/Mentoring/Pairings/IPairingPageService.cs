using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Agreements;

namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>The pairing page: read by its two people and staff (anyone else gets null), and the agreement.</summary>
public interface IPairingPageService
{
    Task<PairingPage?> GetAsync(int pairingId, int logPage = 1, CancellationToken cancellationToken = default);

    /// <summary>The mentor proposes (or, until the mentee confirms, changes) the agreement of an active pairing.</summary>
    Task<Outcome> ProposeAgreementAsync(int pairingId, AgreementDetails details, CancellationToken cancellationToken = default);

    /// <summary>The mentee confirms the agreement the mentor proposed.</summary>
    Task<Outcome> ConfirmAgreementAsync(int pairingId, CancellationToken cancellationToken = default);
}
