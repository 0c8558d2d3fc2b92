namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>An active pairing on the staff pairings page, with why it looks stuck (empty when it does not).</summary>
public sealed record StaffPairingRow(
    int Id, int RequestId, int MentorId, string MentorName, string MenteeName, DateTime AcceptedAtUtc, DateOnly? LastMeetingOn,
    bool AgreementConfirmed, IReadOnlyList<string> StuckReasons);
