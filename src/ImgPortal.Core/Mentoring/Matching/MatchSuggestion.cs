namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>A candidate's score and the reasons for every point of it.</summary>
public sealed record MatchSuggestion(MatchCandidate Mentor, int Score, IReadOnlyList<string> Reasons);
