namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>A mentor on staff's list.</summary>
public sealed record MentorRow(int Id, string DisplayName, string Specialty, string State, MentorStatus Status, int Capacity, int PlacesHeld, DateTime AppliedAtUtc);
