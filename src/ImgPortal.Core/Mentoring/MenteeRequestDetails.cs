namespace ImgPortal.Core.Mentoring;

/// <summary>What a member asks for.</summary>
public sealed record MenteeRequestDetails(
    string DisplayName,
    HelpAreas HelpAreas,
    string? PreferredSpecialty,
    string? Language,
    string? State,
    string County,
    string CountryOfTraining,
    string Note);
