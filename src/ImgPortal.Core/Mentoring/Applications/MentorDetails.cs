namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>What a mentor fills in (and staff edit). Validated by the web layer's input model and again here.</summary>
public sealed record MentorDetails(
    string DisplayName,
    string Specialty,
    string Hospital,
    string County,
    string State,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> TrainingCountries,
    HelpAreas HelpAreas,
    int Capacity,
    string MeetingPreference,
    string Bio,
    bool ListInDirectory,
    bool ShowHospital,
    IReadOnlyList<LicenseDetails> Licenses,
    string Npi,
    string BoardCertification,
    int YearsInPractice,
    bool IsImg);
