using ImgPortal.Core.Mentoring.Matching;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>A request with its pairings and, for staff, the ranked suggestions.</summary>
public sealed record RequestRecord(
    int Id, string MemberUserId, MenteeRequestDetails Details, RequestStatus Status, DateTime CreatedAtUtc,
    DateTime? MatchedAtUtc, IReadOnlyList<PairingView> Pairings, IReadOnlyList<MatchSuggestion> Suggestions);
