namespace ImgPortal.Core.Common;

/// <summary>
/// The specialties and languages every form chooses from: a member's profile, a mentor's application, a
/// request for a mentor and the directory's filters. One list each, so a language in a profile can always be
/// asked for in a request and met in a mentor's languages, spelled the same.
/// </summary>
public static class PortalLists
{
    public static readonly IReadOnlyList<string> Specialties =
    [
        "Anesthesiology", "Dermatology", "Emergency Medicine", "Family Medicine", "General Surgery",
        "Internal Medicine", "Neurology", "Obstetrics and Gynecology", "Pathology", "Pediatrics",
        "Physical Medicine and Rehabilitation", "Psychiatry", "Radiology", "Other",
    ];

    public static readonly IReadOnlyList<string> Languages =
    [
        "English", "Amharic", "Arabic", "Bengali", "Farsi", "French", "German", "Gujarati", "Haitian Creole", "Hindi",
        "Igbo", "Italian", "Korean", "Malayalam", "Mandarin", "Nepali", "Polish", "Portuguese", "Punjabi", "Russian",
        "Spanish", "Swahili", "Tagalog", "Tamil", "Telugu", "Turkish", "Urdu", "Vietnamese", "Yoruba",
    ];

    /// <summary>The list's spelling of <paramref name="language"/> (any case), or null when it is not on the list.</summary>
    public static string? FindLanguage(string? language) =>
        Languages.FirstOrDefault(l => string.Equals(l, language?.Trim(), StringComparison.OrdinalIgnoreCase));
}
