namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>What a member asks for; <paramref name="MentorChoices"/> is their ranking of mentors (most wanted first), when staff let members choose.</summary>
public sealed record MenteeRequestDetails(
    string DisplayName,
    HelpAreas HelpAreas,
    string? PreferredSpecialty,
    string? Language,
    string? State,
    string County,
    string CountryOfTraining,
    string Note,
    IReadOnlyList<int>? MentorChoices = null);
