namespace ImgPortal.Core.Mentoring;

public sealed record MentoringDashboard(
    OwnApplication? Application,
    IReadOnlyList<MentorDashboardPairing> MentorPairings,
    IReadOnlyList<MemberDashboardRequest> Requests,
    bool MembersMayChoose);
