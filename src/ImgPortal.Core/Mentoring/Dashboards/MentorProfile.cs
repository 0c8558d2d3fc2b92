namespace ImgPortal.Core.Mentoring.Dashboards;

/// <summary>What a mentee sees of their mentor once the pairing is active.</summary>
public sealed record MentorProfile(
    string Specialty, string State, IReadOnlyList<string> Languages, string MeetingPreference, string Bio, int YearsInPractice, bool IsImg);
