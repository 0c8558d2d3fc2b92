using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A member's request for a mentor.</summary>
public sealed class MenteeRequestInputModel
{
    [Display(Name = "Your name, as your mentor will see it")]
    [Required(ErrorMessage = "Enter the name your mentor will see.")]
    [StringLength(MentoringLimits.DisplayName, ErrorMessage = "Keep the name to 100 characters.")]
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

    [StringLength(MentoringLimits.County, ErrorMessage = "Keep the county to 60 characters.")]
    public string? County { get; set; }

    [Display(Name = "Country where you trained in medicine")]
    [StringLength(MentoringLimits.Country, ErrorMessage = "Keep the country to 60 characters.")]
    public string? CountryOfTraining { get; set; }

    [Display(Name = "A note for staff and your mentor")]
    [StringLength(MentoringLimits.Note, ErrorMessage = "Keep the note to 1,000 characters.")]
    public string? Note { get; set; }

    /// <summary>The version of the request the member opened (editing only).</summary>
    public Guid Version { get; set; }

    public static MenteeRequestInputModel From(MenteeRequestDetails d) => new()
    {
        DisplayName = d.DisplayName,
        HelpAreas = [.. HelpAreaNames.Split(d.HelpAreas)],
        PreferredSpecialty = d.PreferredSpecialty,
        Language = d.Language,
        State = d.State,
        County = d.County,
        CountryOfTraining = d.CountryOfTraining,
        Note = d.Note,
    };

    public MenteeRequestDetails ToDetails() => new(
        DisplayName, HelpAreaNames.Combine(HelpAreas), Blank(PreferredSpecialty), Blank(Language), Blank(State),
        County ?? string.Empty, CountryOfTraining ?? string.Empty, Note ?? string.Empty);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
