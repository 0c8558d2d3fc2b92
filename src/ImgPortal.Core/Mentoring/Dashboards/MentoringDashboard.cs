using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.Dashboards;

/// <summary>
/// What one person sees of the program: their mentor side if they volunteered, their mentee side if they asked
/// for a mentor (or did neither yet). Someone who is both sees both.
/// </summary>
public sealed record MentoringDashboard(
    OwnApplication? Application,
    IReadOnlyList<MentorDashboardPairing> MentorPairings,
    IReadOnlyList<MemberDashboardRequest> Requests,
    bool MembersMayChoose)
{
    /// <summary>They volunteered to mentor: proposals, mentees and capacity are theirs to see.</summary>
    public bool ShowsMentorSide => Application is not null;

    /// <summary>They asked for a mentor, or have not taken part yet (then the way in is asking).</summary>
    public bool ShowsMenteeSide => Requests.Count > 0 || Application is null;

    public IReadOnlyList<MentorDashboardPairing> Proposals =>
        MentorPairings.Where(p => p.Pairing.State == PairingState.Proposed).ToList();

    public IReadOnlyList<MentorDashboardPairing> ActiveMentees =>
        MentorPairings.Where(p => p.Pairing.State == PairingState.Accepted).ToList();

    public IReadOnlyList<MentorDashboardPairing> EarlierPairings =>
        MentorPairings.Where(p => p.Pairing.State is not (PairingState.Proposed or PairingState.Accepted)).ToList();
}
