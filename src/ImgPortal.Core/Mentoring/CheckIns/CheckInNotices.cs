using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.CheckIns;

/// <summary>The <see cref="NoticeKind"/> that logs one check-in e-mail to one side, so it goes once.</summary>
public static class CheckInNotices
{
    public static NoticeKind Kind(CheckInMilestone milestone, PairingSide side) => (milestone, side) switch
    {
        (CheckInMilestone.Day30, PairingSide.Mentor) => NoticeKind.CheckIn30ToMentor,
        (CheckInMilestone.Day30, _) => NoticeKind.CheckIn30ToMember,
        (CheckInMilestone.Day90, PairingSide.Mentor) => NoticeKind.CheckIn90ToMentor,
        _ => NoticeKind.CheckIn90ToMember,
    };

    /// <summary>The kinds that mean <paramref name="milestone"/> went out (both sides are logged in one save).</summary>
    public static NoticeKind[] KindsOf(CheckInMilestone milestone) =>
        [Kind(milestone, PairingSide.Mentor), Kind(milestone, PairingSide.Member)];

    public static CheckInMilestone? MilestoneOf(NoticeKind kind) => kind switch
    {
        NoticeKind.CheckIn30ToMentor or NoticeKind.CheckIn30ToMember => CheckInMilestone.Day30,
        NoticeKind.CheckIn90ToMentor or NoticeKind.CheckIn90ToMember => CheckInMilestone.Day90,
        _ => null,
    };
}
