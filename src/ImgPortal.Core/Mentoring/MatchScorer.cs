namespace ImgPortal.Core.Mentoring;

/// <summary>What matching knows of a mentee's request.</summary>
public sealed record MatchRequest(
    HelpAreas HelpAreas, string? Specialty, string? Language, string? CountryOfTraining, string? State, string? County);

/// <summary>What matching knows of an approved mentor with a free place.</summary>
public sealed record MatchCandidate(
    int MentorId,
    string DisplayName,
    string Specialty,
    HelpAreas HelpAreas,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> TrainingCountries,
    string State,
    string County,
    int Capacity,
    int PlacesHeld)
{
    public int FreePlaces => Math.Max(0, Capacity - PlacesHeld);
}

/// <summary>A candidate's score and the reasons for every point of it.</summary>
public sealed record MatchSuggestion(MatchCandidate Mentor, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Scores a mentor for a request. Pure and documented (docs/architecture.md, "Mentoring"): the weights below
/// are the whole rule, and every point comes with a reason staff can read.
/// </summary>
public static class MatchScorer
{
    public const int SpecialtyWeight = 30;
    public const int HelpAreaWeight = 10;
    public const int HelpAreaMax = 30;
    public const int LanguageWeight = 20;
    public const int CountryWeight = 15;
    public const int ImgMentorWeight = 5;
    public const int StateWeight = 5;
    public const int CountyWeight = 5;

    /// <summary>The country whose graduates are not IMGs: a mentor trained only here gets no IMG points.</summary>
    public const string UnitedStates = "United States";

    public static MatchSuggestion Score(MatchRequest request, MatchCandidate mentor)
    {
        var reasons = new List<string>();
        var score = 0;

        if (!string.IsNullOrEmpty(request.Specialty) && string.Equals(request.Specialty, mentor.Specialty, StringComparison.OrdinalIgnoreCase))
        {
            score += SpecialtyWeight;
            reasons.Add($"+{SpecialtyWeight} specialty: {mentor.Specialty}");
        }

        var shared = HelpAreaNames.Split(request.HelpAreas & mentor.HelpAreas).ToList();
        if (shared.Count > 0)
        {
            var points = Math.Min(HelpAreaMax, shared.Count * HelpAreaWeight);
            score += points;
            reasons.Add($"+{points} helps with {string.Join(", ", shared.Select(HelpAreaNames.Describe))}");
        }

        if (!string.IsNullOrEmpty(request.Language)
            && mentor.Languages.Contains(request.Language, StringComparer.OrdinalIgnoreCase))
        {
            score += LanguageWeight;
            reasons.Add($"+{LanguageWeight} speaks {request.Language}");
        }

        var country = MentoringCatalog.NormalizeCountry(request.CountryOfTraining);
        if (country.Length > 0 && mentor.TrainingCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            score += CountryWeight;
            reasons.Add($"+{CountryWeight} also trained in {country}");
        }

        if (mentor.TrainingCountries.Any(c => !string.Equals(c, UnitedStates, StringComparison.OrdinalIgnoreCase)))
        {
            score += ImgMentorWeight;
            reasons.Add($"+{ImgMentorWeight} trained outside the US (an IMG mentor)");
        }

        if (!string.IsNullOrEmpty(request.State) && string.Equals(request.State, mentor.State, StringComparison.OrdinalIgnoreCase))
        {
            score += StateWeight;
            reasons.Add($"+{StateWeight} same state: {mentor.State}");
            if (!string.IsNullOrWhiteSpace(request.County)
                && string.Equals(request.County.Trim(), mentor.County.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                score += CountyWeight;
                reasons.Add($"+{CountyWeight} same county: {mentor.County}");
            }
        }

        if (reasons.Count == 0)
        {
            reasons.Add("0 nothing in common with the request");
        }

        return new MatchSuggestion(mentor, score, reasons);
    }

    /// <summary>
    /// Candidates with a free place, best first: highest score, then most free places, then name. Mentors
    /// without a free place are left out.
    /// </summary>
    public static IReadOnlyList<MatchSuggestion> Rank(MatchRequest request, IEnumerable<MatchCandidate> candidates, int take) =>
        candidates
            .Where(c => c.FreePlaces > 0)
            .Select(c => Score(request, c))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Mentor.FreePlaces)
            .ThenBy(s => s.Mentor.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(s => s.Mentor.MentorId)
            .Take(take)
            .ToList();
}
