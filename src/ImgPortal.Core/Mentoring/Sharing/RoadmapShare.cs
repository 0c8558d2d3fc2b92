using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.Sharing;

/// <summary>
/// The roadmap-sharing part of a pairing page. The mentee sees their <see cref="Consent"/> and can change it; the
/// mentor sees <see cref="Roadmap"/> only when the mentee consented (null otherwise). Staff get no share at all.
/// </summary>
public sealed record RoadmapShare(PairingSide Viewer, bool Consent, SharedRoadmap? Roadmap)
{
    /// <summary>The mentee may turn sharing on or off while the pairing is proposed or active.</summary>
    public bool MayChange { get; init; }
}
