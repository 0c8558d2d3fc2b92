using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Choices;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>A request's best-scored mentors, from the one candidate query (<see cref="ChoiceQueries.CandidatesAsync"/>).</summary>
public static class Suggestions
{
    /// <summary>Members who may choose see at most this many suggestions.</summary>
    public const int MemberChoices = 3;

    public static async Task<IReadOnlyList<MatchSuggestion>> ForAsync(IAppDbContext db, MenteeRequest request, int take, CancellationToken cancellationToken)
    {
        var candidates = await ChoiceQueries.CandidatesAsync(db, request.MemberUserId, request.Id, cancellationToken);
        var match = new MatchRequest(request.HelpAreas, request.PreferredSpecialty, request.Language, request.CountryOfTraining, request.State, request.County);
        return MatchScorer.Rank(match, candidates.Select(c => c.Match), take);
    }
}
