namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>
/// A candidate's score and the reasons for every point of it; <see cref="Warnings"/> says in words what would
/// make the pairing hard (no language in common), so staff see it before pairing.
/// </summary>
public sealed record MatchSuggestion(MatchCandidate Mentor, int Score, IReadOnlyList<string> Reasons)
{
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
