using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A mentor's details as a form posts them: the sign-up form and staff's roster edit.</summary>
public class MentorDetailsInputModel : IValidatableObject
{
    [Display(Name = "Name shown to mentees")]
    [Required(ErrorMessage = "Enter the name mentees will see.")]
    [StringLength(MentoringLimits.DisplayName, ErrorMessage = "Keep the name to 100 characters.")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose your specialty.")]
    [FromCatalog(Catalog.Specialty, ErrorMessage = "Choose a specialty from the list.")]
    public string Specialty { get; set; } = string.Empty;

    [Display(Name = "Hospital or program")]
    [Required(ErrorMessage = "Enter your hospital or program.")]
    [StringLength(MentoringLimits.Hospital, ErrorMessage = "Keep the hospital or program to 200 characters.")]
    public string Hospital { get; set; } = string.Empty;

    [StringLength(MentoringLimits.County, ErrorMessage = "Keep the county to 60 characters.")]
    public string? County { get; set; }

    [Required(ErrorMessage = "Choose your state.")]
    [FromCatalog(Catalog.State, ErrorMessage = "Choose a state from the list.")]
    public string State { get; set; } = string.Empty;

    [AtLeastOne(ErrorMessage = "Choose at least one language you speak.")]
    [FromCatalog(Catalog.Language, ErrorMessage = "Choose at least one language you speak.")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Countries where you trained in medicine")]
    [StringLength(MentoringLimits.TrainingCountriesInput, ErrorMessage = "Keep the countries to {1} characters.")]
    public string? TrainingCountries { get; set; }

    [AtLeastOne(ErrorMessage = "Choose at least one thing you can help with.")]
    public List<HelpAreas> HelpAreas { get; set; } = [];

    [Display(Name = "How many mentees at once")]
    [Range(1, CapacityRules.MaxCapacity, ErrorMessage = "Choose between 1 and 10 mentees.")]
    public int Capacity { get; set; } = 1;

    [Display(Name = "How you like to meet")]
    [StringLength(MentoringLimits.MeetingPreference, ErrorMessage = "Keep this to 200 characters.")]
    public string? MeetingPreference { get; set; }

    [Display(Name = "A short bio")]
    [StringLength(MentoringLimits.Bio, ErrorMessage = "Keep the bio to 1,000 characters.")]
    public string? Bio { get; set; }

    [Display(Name = "List me in the public mentor directory once approved")]
    public bool ListInDirectory { get; set; }

    [Display(Name = "Show my hospital or program in the directory")]
    public bool ShowHospital { get; set; }

    /// <summary>Always <see cref="MentoringLimits.MaxLicenses"/> rows on the form; empty ones are dropped.</summary>
    public List<LicenseInputModel> Licenses { get; set; } = [];

    [Display(Name = "NPI (optional)")]
    [RegularExpression("^[0-9]{10}$", ErrorMessage = "An NPI has 10 digits. Leave it empty if you have none.")]
    [StringLength(NpiRules.Length, ErrorMessage = "An NPI has 10 digits. Leave it empty if you have none.")]
    public string? Npi { get; set; }

    [Display(Name = "Board certification (optional)")]
    [StringLength(MentoringLimits.BoardCertification, ErrorMessage = "Keep the board certification to 200 characters.")]
    public string? BoardCertification { get; set; }

    [Display(Name = "Years in practice")]
    [Range(0, MentoringLimits.MaxYearsInPractice, ErrorMessage = "Give your years in practice, from 0 to 60.")]
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
