using ImgPortal.Core.Common;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>The rules for a mentor's details, the same when a member volunteers and when staff edit them.</summary>
public static class MentorDetailsRules
{
    /// <summary>Checks every field, one message per field at fault (the input model checks the same first).</summary>
    public static IReadOnlyList<FieldError> Validate(MentorDetails details)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(details.DisplayName) || details.DisplayName.Trim().Length > MentoringLimits.DisplayName)
        {
            errors.Add(new(nameof(details.DisplayName), MentoringMessages.MentorNameRequired));
        }

        if (string.IsNullOrWhiteSpace(details.Hospital) || details.Hospital.Trim().Length > MentoringLimits.Hospital)
        {
            errors.Add(new(nameof(details.Hospital), MentoringMessages.HospitalRequired));
        }

        if (!MentoringCatalog.IsSpecialty(details.Specialty))
        {
            errors.Add(new(nameof(details.Specialty), MentoringMessages.SpecialtyFromList));
        }

        if (!MentoringCatalog.IsState(details.State))
        {
            errors.Add(new(nameof(details.State), MentoringMessages.StateFromList));
        }

        if (details.Languages.Count == 0 || details.Languages.Any(l => !MentoringCatalog.IsLanguage(l)))
        {
            errors.Add(new(nameof(details.Languages), MentoringMessages.LanguagesRequired));
        }

        if (details.HelpAreas == HelpAreas.None)
        {
            errors.Add(new(nameof(details.HelpAreas), MentoringMessages.MentorHelpAreasRequired));
        }

        if (details.Capacity is < 1 or > CapacityRules.MaxCapacity)
        {
            errors.Add(new(nameof(details.Capacity), ValidationText.Range(MentoringMessages.Capacity, 1, CapacityRules.MaxCapacity)));
        }

        if (details.Licenses.Count == 0)
        {
            errors.Add(new(nameof(details.Licenses), "Give at least one state license: its state and number."));
        }
        else if (details.Licenses.Count > MentoringLimits.MaxLicenses
            || details.Licenses.Any(l => !UsStates.IsCode(l.State) || string.IsNullOrWhiteSpace(l.Number) || l.Number.Trim().Length > MentoringLimits.LicenseNumber))
        {
            errors.Add(new(nameof(details.Licenses), $"Give each license's state from the list and its number (up to {MentoringLimits.LicenseNumber} characters)."));
        }

        if (details.Npi.Length > 0 && !NpiRules.IsValid(details.Npi))
        {
            errors.Add(new(nameof(details.Npi), ValidationText.Limit(MentoringMessages.NpiInvalid, NpiRules.Length)));
        }

        if (details.BoardCertification.Trim().Length > MentoringLimits.BoardCertification)
        {
            errors.Add(new(nameof(details.BoardCertification), ValidationText.Limit(MentoringMessages.BoardCertificationTooLong, MentoringLimits.BoardCertification)));
        }

        if (details.YearsInPractice is < 0 or > MentoringLimits.MaxYearsInPractice)
        {
            errors.Add(new(nameof(details.YearsInPractice), ValidationText.Range(MentoringMessages.YearsInPractice, 0, MentoringLimits.MaxYearsInPractice)));
        }

        return errors;
    }

    /// <summary>Copies the details onto the mentor: trimmed, countries normalized, languages and countries kept where unchanged.</summary>
    public static void Apply(Mentor mentor, MentorDetails details)
    {
        mentor.DisplayName = details.DisplayName.Trim();
        mentor.Specialty = details.Specialty;
        mentor.Hospital = details.Hospital.Trim();
        mentor.County = details.County.Trim();
        mentor.State = details.State;
        mentor.HelpAreas = details.HelpAreas;
        mentor.Capacity = details.Capacity;
        mentor.MeetingPreference = details.MeetingPreference.Trim();
        mentor.Bio = details.Bio.Trim();
        mentor.ListInDirectory = details.ListInDirectory;
        mentor.ShowHospital = details.ShowHospital;
        mentor.Npi = details.Npi;
        mentor.BoardCertification = details.BoardCertification.Trim();
        mentor.YearsInPractice = details.YearsInPractice;
        mentor.IsImg = details.IsImg;

        mentor.Licenses.Clear();
        mentor.Licenses.AddRange(details.Licenses.Select(l => new MentorLicense { State = l.State, Number = l.Number.Trim(), ExpiresOn = l.ExpiresOn }));

        var languages = details.Languages.Distinct().ToList();
        mentor.Languages.RemoveAll(l => !languages.Contains(l.Language));
        mentor.Languages.AddRange(languages
            .Where(l => mentor.Languages.All(existing => existing.Language != l))
            .Select(l => new MentorLanguage { Language = l }));

        var countries = details.TrainingCountries.Select(MentoringCatalog.NormalizeCountry).Distinct().ToList();
        mentor.TrainingCountries.RemoveAll(c => !countries.Contains(c.Country));
        mentor.TrainingCountries.AddRange(countries
            .Where(c => mentor.TrainingCountries.All(existing => existing.Country != c))
            .Select(c => new MentorTrainingCountry { Country = c }));
    }
}
