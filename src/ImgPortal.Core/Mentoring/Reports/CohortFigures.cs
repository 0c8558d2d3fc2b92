using ImgPortal.Core.Profiles.Outcomes;

namespace ImgPortal.Core.Mentoring.Reports;

/// <summary>The program's figures for the members who asked for a mentor in one year.</summary>
public sealed record CohortFigures(
    int Year,
    int Mentees,
    int Requests,
    int Matched,
    double? MedianDaysToMatch,
    int ActivePairings,
    int FeedbackCount,
    double? AverageRating,
    IReadOnlyDictionary<MemberOutcomeKind, int> MembersReporting)
{
    public int Reporting(MemberOutcomeKind kind) => MembersReporting.GetValueOrDefault(kind);
}
