using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A mentor's details as a form posts them: the sign-up form and staff's roster edit.</summary>
public class MentorDetailsInputModel : IValidatableObject
{
    [Display(Name = "Name shown to mentees")]
    [Required(ErrorMessage = MentoringMessages.MentorNameRequired)]
    [StringLength(MentoringLimits.DisplayName, ErrorMessage = MentoringMessages.NameTooLong)]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose your specialty.")]
    [FromCatalog(Catalog.Specialty, ErrorMessage = MentoringMessages.SpecialtyFromList)]
    public string Specialty { get; set; } = string.Empty;

    [Display(Name = "Hospital or program")]
    [Required(ErrorMessage = MentoringMessages.HospitalRequired)]
    [StringLength(MentoringLimits.Hospital, ErrorMessage = MentoringMessages.HospitalTooLong)]
    public string Hospital { get; set; } = string.Empty;

    [StringLength(MentoringLimits.County, ErrorMessage = MentoringMessages.CountyTooLong)]
    public string? County { get; set; }

    [Required(ErrorMessage = "Choose your state.")]
    [FromCatalog(Catalog.State, ErrorMessage = MentoringMessages.StateFromList)]
    public string State { get; set; } = string.Empty;

    [AtLeastOne(ErrorMessage = MentoringMessages.LanguagesRequired)]
    [FromCatalog(Catalog.Language, ErrorMessage = MentoringMessages.LanguagesRequired)]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Countries where you trained in medicine")]
    [StringLength(MentoringLimits.TrainingCountriesInput, ErrorMessage = "Keep the countries to {1} characters.")]
    public string? TrainingCountries { get; set; }

    [AtLeastOne(ErrorMessage = MentoringMessages.MentorHelpAreasRequired)]
    public List<HelpAreas> HelpAreas { get; set; } = [];

    [Display(Name = "How many mentees at once")]
    [Range(1, CapacityRules.MaxCapacity, ErrorMessage = MentoringMessages.Capacity)]
    public int Capacity { get; set; } = 1;

    [Display(Name = "How you like to meet")]
    [StringLength(MentoringLimits.MeetingPreference, ErrorMessage = ValidationText.TextTooLong)]
    public string? MeetingPreference { get; set; }

    [Display(Name = "A short bio")]
    [StringLength(MentoringLimits.Bio, ErrorMessage = MentoringMessages.BioTooLong)]
    public string? Bio { get; set; }

    [Display(Name = "List me in the public mentor directory once approved")]
    public bool ListInDirectory { get; set; }

    [Display(Name = "Show my hospital or program in the directory")]
    public bool ShowHospital { get; set; }

    /// <summary>Always <see cref="MentoringLimits.MaxLicenses"/> rows on the form; empty ones are dropped.</summary>
    public List<LicenseInputModel> Licenses { get; set; } = [];

    [Display(Name = "NPI (optional)")]
    [StringLength(NpiRules.Length, MinimumLength = NpiRules.Length, ErrorMessage = MentoringMessages.NpiLength)]
    public string? Npi { get; set; }

    [Display(Name = "Board certification (optional)")]
    [StringLength(MentoringLimits.BoardCertification, ErrorMessage = MentoringMessages.BoardCertificationTooLong)]
    public string? BoardCertification { get; set; }

    [Display(Name = "Years in practice")]
    [Range(0, MentoringLimits.MaxYearsInPractice, ErrorMessage = MentoringMessages.YearsInPractice)]
    public int YearsInPractice { get; set; }

    [Display(Name = "I am an international medical graduate myself")]
    public bool IsImg { get; set; }

    /// <summary>Pads the license rows so the form always shows the same number.</summary>
    public void PadLicenses()
    {
        while (Licenses.Count < MentoringLimits.MaxLicenses)
        {
            Licenses.Add(new LicenseInputModel());
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MentoringCatalog.CountriesProblem(TrainingCountries) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(TrainingCountries)]);
        }
    }

    public MentorDetails ToDetails() => new(
        DisplayName, Specialty, Hospital, County ?? string.Empty, State, Languages.Distinct().ToList(),
        MentoringCatalog.ParseCountries(TrainingCountries), HelpAreaNames.Combine(HelpAreas), Capacity,
        MeetingPreference ?? string.Empty, Bio ?? string.Empty, ListInDirectory, ShowHospital,
        Licenses.Where(l => !l.IsEmpty).Select(l => new LicenseDetails(l.State ?? string.Empty, l.Number ?? string.Empty, l.ExpiresOn)).ToList(),
        Npi?.Trim() ?? string.Empty, BoardCertification ?? string.Empty, YearsInPractice, IsImg);

    public static T From<T>(MentorDetails details)
        where T : MentorDetailsInputModel, new() => new()
        {
            DisplayName = details.DisplayName,
            Specialty = details.Specialty,
            Hospital = details.Hospital,
            County = details.County,
            State = details.State,
            Languages = [.. details.Languages],
            TrainingCountries = string.Join(", ", details.TrainingCountries),
            HelpAreas = [.. HelpAreaNames.Split(details.HelpAreas)],
            Capacity = details.Capacity,
            MeetingPreference = details.MeetingPreference,
            Bio = details.Bio,
            ListInDirectory = details.ListInDirectory,
            ShowHospital = details.ShowHospital,
            Licenses = [.. details.Licenses.Select(l => new LicenseInputModel { State = l.State, Number = l.Number, ExpiresOn = l.ExpiresOn })],
            Npi = details.Npi,
            BoardCertification = details.BoardCertification,
            YearsInPractice = details.YearsInPractice,
            IsImg = details.IsImg,
        };
}
