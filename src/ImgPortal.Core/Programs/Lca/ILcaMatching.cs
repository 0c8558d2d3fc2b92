using ImgPortal.Core.Common;

namespace ImgPortal.Core.Programs.Lca;

/// <summary>Employer ↔ sponsoring institution matches: suggested by <see cref="EmployerMatcher"/>, decided once by staff.</summary>
public interface ILcaMatching
{
    /// <summary>Employers with no confirmed match, each with its best not-yet-rejected institution, most filings first.</summary>
    Task<IReadOnlyList<LcaMatchSuggestion>> SuggestionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every decision so far, newest first.</summary>
    Task<IReadOnlyList<LcaMatchRow>> DecisionsAsync(CancellationToken cancellationToken = default);

    /// <summary>Records staff's answer for the pair; a pair is decided once (a second answer is a conflict).</summary>
    Task<Outcome> DecideAsync(string normalizedEmployer, string institutionName, LcaMatchDecision decision, CancellationToken cancellationToken = default);
}
