using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>Asking a mentor to take a request. A pairing's later changes are <see cref="Pairings.IPairingTransitions"/>.</summary>
public interface IProposalService
{
    /// <summary>Asks a mentor to take a request: staff, or its member when members may choose.</summary>
    Task<Outcome> ProposeAsync(int requestId, int mentorId, CancellationToken cancellationToken = default);
}
