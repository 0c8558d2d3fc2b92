using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A mentor's details as a form posts them: the sign-up form and staff's roster edit.</summary>
public class MentorDetailsInputModel : IValidatableObject
{
    [Display(Name = "Name shown to mentees")]
    [Required(ErrorMessage = "Enter the name mentees will see.")]
    [StringLength(100, ErrorMessage = "Keep the name to 100 characters.")]
    public string DisplayName { get; set; } = string.Empty;

    [Required(ErrorMessage = "Choose your specialty.")]
    [FromCatalog(Catalog.Specialty, ErrorMessage = "Choose a specialty from the list.")]
    public string Specialty { get; set; } = string.Empty;

    [Display(Name = "Hospital or program")]
    [Required(ErrorMessage = "Enter your hospital or program.")]
    [StringLength(200, ErrorMessage = "Keep the hospital or program to 200 characters.")]
    public string Hospital { get; set; } = string.Empty;

    [StringLength(60, ErrorMessage = "Keep the county to 60 characters.")]
    public string? County { get; set; }

    [Required(ErrorMessage = "Choose your state.")]
    [FromCatalog(Catalog.State, ErrorMessage = "Choose a state from the list.")]
    public string State { get; set; } = string.Empty;

    [AtLeastOne(ErrorMessage = "Choose at least one language you speak.")]
    [FromCatalog(Catalog.Language, ErrorMessage = "Choose at least one language you speak.")]
    public List<string> Languages { get; set; } = [];

    [Display(Name = "Countries where you trained in medicine")]
    [StringLength(300, ErrorMessage = "Keep the countries to 300 characters.")]
    public string? TrainingCountries { get; set; }

    [AtLeastOne(ErrorMessage = "Choose at least one thing you can help with.")]
    public List<HelpAreas> HelpAreas { get; set; } = [];

    [Display(Name = "How many mentees at once")]
    [Range(1, CapacityRules.MaxCapacity, ErrorMessage = "Choose between 1 and 10 mentees.")]
    public int Capacity { get; set; } = 1;

    [Display(Name = "How you like to meet")]
    [StringLength(200, ErrorMessage = "Keep this to 200 characters.")]
    public string? MeetingPreference { get; set; }

    [Display(Name = "A short bio")]
    [StringLength(1000, ErrorMessage = "Keep the bio to 1,000 characters.")]
    public string? Bio { get; set; }

    [Display(Name = "List me in the public mentor directory once approved")]
    public bool ListInDirectory { get; set; } = true;

    [Display(Name = "Show my hospital or program in the directory")]
    public bool ShowHospital { get; set; } = true;

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
        MeetingPreference ?? string.Empty, Bio ?? string.Empty, ListInDirectory, ShowHospital);

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
        };
}

/// <summary>The sign-up form: the details and the program's terms.</summary>
public sealed class VolunteerInputModel : MentorDetailsInputModel
{
    [Display(Name = "I agree to the mentoring program's terms")]
    [MustBeTicked(ErrorMessage = "Agree to the program's terms to volunteer.")]
    public bool AgreeToTerms { get; set; }
}

/// <summary>Staff's roster edit: the details and the version they loaded.</summary>
public sealed class MentorEditInputModel : MentorDetailsInputModel
{
    public Guid Version { get; set; }
}

/// <summary>A member's request for a mentor.</summary>
public sealed class MenteeRequestInputModel
{
    [Display(Name = "Your name, as your mentor will see it")]
    [Required(ErrorMessage = "Enter the name your mentor will see.")]
    [StringLength(100, ErrorMessage = "Keep the name to 100 characters.")]
    public string DisplayName { get; set; } = string.Empty;

    [AtLeastOne(ErrorMessage = "Choose at least one thing you want help with.")]
    public List<HelpAreas> HelpAreas { get; set; } = [];

    [Display(Name = "Preferred specialty")]
    [FromCatalog(Catalog.Specialty, ErrorMessage = "Choose a specialty from the list.")]
    public string? PreferredSpecialty { get; set; }

    [Display(Name = "Language you would like to speak with your mentor")]
    [FromCatalog(Catalog.Language, ErrorMessage = "Choose a language from the list.")]
    public string? Language { get; set; }

    [Display(Name = "State where you are, or want to train")]
    [FromCatalog(Catalog.State, ErrorMessage = "Choose a state from the list.")]
    public string? State { get; set; }

    [StringLength(60, ErrorMessage = "Keep the county to 60 characters.")]
    public string? County { get; set; }

    [Display(Name = "Country where you trained in medicine")]
    [StringLength(60, ErrorMessage = "Keep the country to 60 characters.")]
    public string? CountryOfTraining { get; set; }

    [Display(Name = "A note for staff and your mentor")]
    [StringLength(1000, ErrorMessage = "Keep the note to 1,000 characters.")]
    public string? Note { get; set; }

    public MenteeRequestDetails ToDetails() => new(
        DisplayName, HelpAreaNames.Combine(HelpAreas), Blank(PreferredSpecialty), Blank(Language), Blank(State),
        County ?? string.Empty, CountryOfTraining ?? string.Empty, Note ?? string.Empty);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>A 1–5 rating and a comment at the end of a pairing.</summary>
public sealed class FeedbackInputModel
{
    [Range(1, 5, ErrorMessage = "Choose a rating from 1 to 5.")]
    public int Rating { get; set; }

    [Display(Name = "Anything you would like to tell us")]
    [StringLength(1000, ErrorMessage = "Keep the comment to 1,000 characters.")]
    public string? Comment { get; set; }
}
