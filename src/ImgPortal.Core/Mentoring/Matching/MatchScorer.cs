namespace ImgPortal.Core.Mentoring.Matching;

/// <summary>
/// Scores a mentor for a request. Pure: the weights below are the whole rule, every point comes with a reason
/// staff can read, and <see cref="Criteria"/> describes the rule on the staff pages from the same weights.
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

    /// <summary>The rule in staff's words, built from the weights, so the page and the scorer never disagree.</summary>
    public static readonly IReadOnlyList<MatchCriterion> Criteria =
    [
        new("The mentor practices the specialty the member asked for", $"{SpecialtyWeight}"),
        new("Each thing both want to work on (culture and language, US medical practice, interviewing, applications, visas)", $"{HelpAreaWeight} each, at most {HelpAreaMax}"),
        new("The mentor speaks the language the member asked for", $"{LanguageWeight}"),
        new("The mentor trained in the same country as the member", $"{CountryWeight}"),
        new("The mentor trained outside the US, so knows the IMG path first hand", $"{ImgMentorWeight}"),
        new("The mentor practices in the state the member asked for", $"{StateWeight}"),
        new("…and in the same county of that state", $"{CountyWeight} more"),
    ];

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

        return new MatchSuggestion(mentor, score, reasons) { Warnings = LanguageMismatch(request, mentor) is { } warning ? [warning] : [] };
    }

    /// <summary>
    /// The warning staff see when the member asked for a language the mentor does not speak (no language in common
    /// that the request names); null when they share it or the member asked for none.
    /// </summary>
    public static string? LanguageMismatch(MatchRequest request, MatchCandidate mentor)
    {
        if (string.IsNullOrEmpty(request.Language) || mentor.Languages.Contains(request.Language, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var speaks = mentor.Languages.Count == 0 ? "gave no language" : "speaks " + string.Join(", ", mentor.Languages);
        return $"No shared language: the member asked for {request.Language}, and {mentor.DisplayName} {speaks}.";
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
