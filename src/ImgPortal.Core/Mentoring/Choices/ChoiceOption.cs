namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>A mentor a member may rank: an approved mentor with a free place; <see cref="Suggested"/> when matching ranks them high.</summary>
public sealed record ChoiceOption(int MentorId, string DisplayName, string Specialty, string State, bool Suggested);
