using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring;

/// <summary>What a mentor fills in (and staff edit). Validated by the web layer's input model and again here.</summary>
public sealed record MentorDetails(
    string DisplayName,
    string Specialty,
    string Hospital,
    string County,
    string State,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> TrainingCountries,
    HelpAreas HelpAreas,
    int Capacity,
    string MeetingPreference,
    string Bio,
    bool ListInDirectory,
    bool ShowHospital);

/// <summary>What a member asks for.</summary>
public sealed record MenteeRequestDetails(
    string DisplayName,
    HelpAreas HelpAreas,
    string? PreferredSpecialty,
    string? Language,
    string? State,
    string County,
    string CountryOfTraining,
    string Note);

/// <summary>The directory's filters; empty means any.</summary>
public sealed record DirectoryFilter(string? Specialty, string? Language, string? State);

/// <summary>An approved mentor as the public sees them: only what they chose to show.</summary>
public sealed record DirectoryEntry(
    int Id, string DisplayName, string Specialty, string? Hospital, string County, string State,
    IReadOnlyList<string> Languages, HelpAreas HelpAreas, string Bio, bool HasFreePlace);

/// <summary>A mentor on staff's list.</summary>
public sealed record MentorRow(int Id, string DisplayName, string Specialty, string State, MentorStatus Status, int Capacity, int PlacesHeld, DateTime AppliedAtUtc);

/// <summary>Everything staff see of one mentor.</summary>
public sealed record MentorRecord(
    int Id, string UserId, string? Email, MentorDetails Details, MentorStatus Status, string StatusReason,
    DateTime AppliedAtUtc, DateTime? ReviewedAtUtc, int PlacesHeld, Guid Version);

/// <summary>A mentor's own application, as they see it.</summary>
public sealed record OwnApplication(int Id, string DisplayName, MentorStatus Status, string StatusReason, DateTime AppliedAtUtc);

/// <summary>A request on staff's list.</summary>
public sealed record RequestRow(int Id, string DisplayName, HelpAreas HelpAreas, string? Specialty, string? Language, string? State, RequestStatus Status, DateTime CreatedAtUtc);

/// <summary>One pairing, as either side or staff see it.</summary>
public sealed record PairingView(
    int Id, int MentorId, string MentorName, int RequestId, string MenteeName, PairingState State,
    DateTime ProposedAtUtc, DateTime? RespondedAtUtc, DateTime? EndedAtUtc, string Reason);

/// <summary>A request with its pairings and, for staff, the ranked suggestions.</summary>
public sealed record RequestRecord(
    int Id, string MemberUserId, MenteeRequestDetails Details, RequestStatus Status, DateTime CreatedAtUtc,
    DateTime? MatchedAtUtc, IReadOnlyList<PairingView> Pairings, IReadOnlyList<MatchSuggestion> Suggestions);

/// <summary>A pairing on a mentor's dashboard: the mentee's request and, once active, their e-mail.</summary>
public sealed record MentorDashboardPairing(PairingView Pairing, MenteeRequestDetails Request, string? MenteeEmail, bool FeedbackGiven);

/// <summary>A request on the member's dashboard, with its mentor's contact once a pairing is active.</summary>
public sealed record MemberDashboardRequest(
    int Id, RequestStatus Status, DateTime CreatedAtUtc, PairingView? Current, string? MentorEmail,
    IReadOnlyList<PairingView> Ended, IReadOnlyList<int> FeedbackGivenFor, IReadOnlyList<MatchSuggestion> Choices);

public sealed record MentoringDashboard(
    OwnApplication? Application,
    IReadOnlyList<MentorDashboardPairing> MentorPairings,
    IReadOnlyList<MemberDashboardRequest> Requests,
    bool MembersMayChoose);

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
    bool MembersMayChoose);

/// <summary>Program settings, from configuration section <c>Mentoring</c>; staff's saved <see cref="MentoringSettings"/> win.</summary>
public sealed class MentoringOptions
{
    public const string SectionName = "Mentoring";

    /// <summary>The default for whether members may pick a mentor themselves, until staff set it on /staff/mentoring.</summary>
    public bool MembersMayChoose { get; set; }

    /// <summary>How many ranked suggestions staff see (and members, when they may choose: at most 3).</summary>
    public int SuggestionCount { get; set; } = 5;
}

/// <summary>The capacity rule, in one place.</summary>
public static class CapacityRules
{
    public const int MaxCapacity = 10;

    /// <summary>A mentor may be asked again only while proposed and active pairings are below capacity.</summary>
    public static bool HasFreePlace(int capacity, int placesHeld) => placesHeld < capacity;

    /// <summary>One place or none left: shown to staff as "near capacity".</summary>
    public static bool IsNearCapacity(int capacity, int placesHeld) => capacity - placesHeld <= 1;
}

/// <summary>The user accounts mentoring needs (implemented over Identity in Infrastructure).</summary>
public interface IUserAccounts
{
    Task<string?> GetEmailAsync(string userId, CancellationToken cancellationToken = default);

    Task AddToRoleAsync(string userId, string role, CancellationToken cancellationToken = default);

    Task RemoveFromRoleAsync(string userId, string role, CancellationToken cancellationToken = default);
}

public static class MentoringPaging
{
    public const int DirectoryPageSize = 20;
    public const int StaffPageSize = 25;

    public static PagedResult<T> Empty<T>(int page, int pageSize) => new([], page, pageSize, 0);
}
