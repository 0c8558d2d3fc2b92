namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>
/// An active pairing on the staff pairings page, with why it looks stuck (empty when it does not) and how much
/// feedback either side has given so far, and when last (ADR 0102).
/// </summary>
public sealed record StaffPairingRow(
    int Id, int RequestId, int MentorId, string MentorName, string MenteeName, DateTime AcceptedAtUtc, DateOnly? LastMeetingOn,
    bool AgreementConfirmed, IReadOnlyList<string> StuckReasons, int FeedbackCount = 0, DateTime? LastFeedbackAtUtc = null);
