using ImgPortal.Core.Mentoring.Matching;

namespace ImgPortal.Core.Mentoring.Choices;

/// <summary>A mentor matching may offer (<see cref="ChoiceQueries.CandidatesAsync"/>), and whether they are listed in the directory.</summary>
public sealed record CandidateMentor(MatchCandidate Match, bool ListInDirectory);
