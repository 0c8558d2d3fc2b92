namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>One pairing, as either side or staff see it.</summary>
public sealed record PairingView(
    int Id, int MentorId, string MentorName, int RequestId, string MenteeName, PairingState State,
    DateTime ProposedAtUtc, DateTime? RespondedAtUtc, DateTime? EndedAtUtc, string Reason);
