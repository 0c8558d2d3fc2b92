using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Sharing;

/// <summary>A mentee's consent to share their roadmap with their mentor, and what the mentor then sees.</summary>
public interface IRoadmapSharingService
{
    /// <summary>The sharing part of a pairing page for the signed-in user; null for staff and anyone not in the pairing.</summary>
    Task<RoadmapShare?> ForPairingAsync(int pairingId, CancellationToken cancellationToken = default);

    /// <summary>The mentee turns sharing on or off; NotFound for anyone but the pairing's mentee.</summary>
    Task<Outcome> SetConsentAsync(int pairingId, bool share, CancellationToken cancellationToken = default);

    /// <summary>What the mentor asked to take on <paramref name="requestId"/> may see; null without the mentee's consent.</summary>
    Task<SharedRoadmap?> ForProposalAsync(int requestId, CancellationToken cancellationToken = default);
}
