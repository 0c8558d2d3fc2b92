namespace ImgPortal.Core.Mentoring.Pairings;

/// <summary>What the mentee (and staff) see of the mentor on the pairing page; the hospital only when the mentor opted in.</summary>
public sealed record PairingMentor(
    string DisplayName, string Specialty, string State, IReadOnlyList<string> Languages, string MeetingPreference, string Bio,
    int YearsInPractice, bool IsImg, string BoardCertification, string? Hospital);
