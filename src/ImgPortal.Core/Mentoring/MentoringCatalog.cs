using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring;

/// <summary>
/// The fixed lists forms choose from. Fixed values (not free text) keep the directory's filters exact and
/// indexable, and let a mentee's language meet a mentor's language without spelling differences.
/// </summary>
public static class MentoringCatalog
{
    /// <summary>The one list of specialties, shared with profiles (<see cref="PortalLists"/>).</summary>
    public static IReadOnlyList<string> Specialties => PortalLists.Specialties;

    /// <summary>The one list of languages, shared with profiles (<see cref="PortalLists"/>).</summary>
    public static IReadOnlyList<string> Languages => PortalLists.Languages;

    public static bool IsSpecialty(string? value) => value is not null && Specialties.Contains(value);

    public static bool IsLanguage(string? value) => value is not null && Languages.Contains(value);

    /// <summary>A state or DC by its two-letter code, from the one list (<see cref="UsStates"/>).</summary>
    public static bool IsState(string? value) => UsStates.IsCode(value);

    /// <summary>How many countries of training a mentor may list, and the longest name of one (the column's length).</summary>
    public const int MaxCountries = 10;

    public const int MaxCountryLength = MentoringLimits.Country;

    /// <summary>
    /// What is wrong with a typed list of countries, or null: too many, or one too long. Checked before
    /// <see cref="ParseCountries"/>, so nothing typed is dropped without a message.
    /// </summary>
    public static string? CountriesProblem(string? text)
    {
        var countries = SplitCountries(text).Select(NormalizeCountry).Distinct(StringComparer.Ordinal).ToList();
        if (countries.Any(c => c.Length > MaxCountryLength))
        {
            return $"Keep each country to {MaxCountryLength} characters.";
        }

        return countries.Count > MaxCountries ? $"List up to {MaxCountries} countries." : null;
    }

    /// <summary>Countries typed as a comma-separated list: trimmed, capitalised consistently, distinct.</summary>
    public static IReadOnlyList<string> ParseCountries(string? text) =>
        SplitCountries(text)
            .Select(NormalizeCountry)
            .Where(c => c.Length is > 0 and <= MaxCountryLength)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxCountries)
            .ToList();

    private static string[] SplitCountries(string? text) =>
        (text ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string NormalizeCountry(string? country)
    {
        var words = (country ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Length <= 3 && w.All(char.IsUpper)
            ? w
            : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }
}
