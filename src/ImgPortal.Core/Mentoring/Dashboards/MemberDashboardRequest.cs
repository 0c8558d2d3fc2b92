using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Core.Mentoring.Dashboards;

/// <summary>A request on the member's dashboard, with its mentor's contact and profile once a pairing is active.</summary>
public sealed record MemberDashboardRequest(
    int Id, RequestStatus Status, DateTime CreatedAtUtc, PairingView? Current, string? MentorEmail,
    IReadOnlyList<PairingView> Ended, IReadOnlyList<int> FeedbackGivenFor, IReadOnlyList<MatchSuggestion> Choices,
    MentorProfile? Mentor = null);
