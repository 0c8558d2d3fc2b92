using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Requests;

/// <summary>The rules for a mentee's request: what a valid one holds, and its details as the member wrote them.</summary>
public static class RequestRules
{
    /// <summary>Checks a request, one message per field at fault.</summary>
    public static IReadOnlyList<FieldError> Validate(MenteeRequestDetails details)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.DisplayName) || details.DisplayName.Trim().Length > MentoringLimits.DisplayName)
        {
            errors.Add(new(nameof(details.DisplayName), MentoringMessages.MenteeNameRequired));
        }

        if (details.HelpAreas == HelpAreas.None)
        {
            errors.Add(new(nameof(details.HelpAreas), MentoringMessages.MenteeHelpAreasRequired));
        }

        if (details.PreferredSpecialty is not null && !MentoringCatalog.IsSpecialty(details.PreferredSpecialty))
        {
            errors.Add(new(nameof(details.PreferredSpecialty), MentoringMessages.SpecialtyFromList));
        }

        if (details.Language is not null && !MentoringCatalog.IsLanguage(details.Language))
        {
            errors.Add(new(nameof(details.Language), MentoringMessages.LanguageFromList));
        }

        if (details.State is not null && !MentoringCatalog.IsState(details.State))
        {
            errors.Add(new(nameof(details.State), MentoringMessages.StateFromList));
        }

        if (details.Note.Trim().Length > MentoringLimits.Note)
        {
            errors.Add(new(nameof(details.Note), ValidationText.Limit(ValidationText.NoteTooLong, MentoringLimits.Note)));
        }

        return errors;
    }

    /// <summary>The request's details as the member wrote them, with their ranking in order.</summary>
    public static MenteeRequestDetails Details(MenteeRequest r) =>
        new(r.DisplayName, r.HelpAreas, r.PreferredSpecialty, r.Language, r.State, r.County, r.CountryOfTraining, r.Note,
            [.. r.Choices.OrderBy(c => c.Rank).Select(c => c.MentorId)], r.ShareRoadmapWithMentor);
}
