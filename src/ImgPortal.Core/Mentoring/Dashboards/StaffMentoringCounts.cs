namespace ImgPortal.Core.Mentoring.Dashboards;

/// <summary>The program at a glance, for staff.</summary>
public sealed record StaffMentoringCounts(
    int PendingApplications,
    int ApprovedMentors,
    int OpenRequests,
    int ProposedPairings,
    int ActivePairings,
    int MentorsNearCapacity,
    TimeSpan? LongestOpenWait,
    TimeSpan? AverageOpenWait,
    TimeSpan? AverageWaitUntilMatched,
    bool MembersMayChoose,
    int ProposalsAboutToExpire,
    int LicenseRechecksDue);
