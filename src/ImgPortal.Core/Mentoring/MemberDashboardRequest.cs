namespace ImgPortal.Core.Mentoring;

/// <summary>A request on the member's dashboard, with its mentor's contact and profile once a pairing is active.</summary>
public sealed record MemberDashboardRequest(
    int Id, RequestStatus Status, DateTime CreatedAtUtc, PairingView? Current, string? MentorEmail,
    IReadOnlyList<PairingView> Ended, IReadOnlyList<int> FeedbackGivenFor, IReadOnlyList<MatchSuggestion> Choices,
    MentorProfile? Mentor = null);
