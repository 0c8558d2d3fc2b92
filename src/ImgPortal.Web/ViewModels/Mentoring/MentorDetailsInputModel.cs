using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A mentor's details as a form posts them: the sign-up form and staff's roster edit.</summary>
public class MentorDetailsInputModel
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
    [StringLength(300, ErrorMessage = "Keep the countries to 300 characters.")]
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
    public bool ListInDirectory { get; set; } = true;

    [Display(Name = "Show my hospital or program in the directory")]
    public bool ShowHospital { get; set; } = true;

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
