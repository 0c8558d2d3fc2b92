namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>
/// What a member asks for; <paramref name="MentorChoices"/> is their ranking of mentors (most wanted first), when staff
/// let members choose; <paramref name="ShareRoadmap"/> is their consent to show their mentor their roadmap stage and next dated steps.
/// </summary>
public sealed record MenteeRequestDetails(
    string DisplayName,
    HelpAreas HelpAreas,
    string? PreferredSpecialty,
    string? Language,
    string? State,
    string County,
    string CountryOfTraining,
    string Note,
    IReadOnlyList<int>? MentorChoices = null,
    bool ShareRoadmap = false);
