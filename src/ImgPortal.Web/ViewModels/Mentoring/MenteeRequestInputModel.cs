using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Requests;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A member's request for a mentor.</summary>
public sealed class MenteeRequestInputModel
{
    [Display(Name = "Your name, as your mentor will see it")]
    [Required(ErrorMessage = MentoringMessages.MenteeNameRequired)]
    [StringLength(MentoringLimits.DisplayName, ErrorMessage = MentoringMessages.NameTooLong)]
    public string DisplayName { get; set; } = string.Empty;

    [AtLeastOne(ErrorMessage = MentoringMessages.MenteeHelpAreasRequired)]
    public List<HelpAreas> HelpAreas { get; set; } = [];

    [Display(Name = "Preferred specialty")]
    [FromCatalog(Catalog.Specialty, ErrorMessage = MentoringMessages.SpecialtyFromList)]
    public string? PreferredSpecialty { get; set; }

    [Display(Name = "Language you would like to speak with your mentor")]
    [FromCatalog(Catalog.Language, ErrorMessage = MentoringMessages.LanguageFromList)]
    public string? Language { get; set; }

    [Display(Name = "State where you are, or want to train")]
    [FromCatalog(Catalog.State, ErrorMessage = MentoringMessages.StateFromList)]
    public string? State { get; set; }

    [StringLength(MentoringLimits.County, ErrorMessage = MentoringMessages.CountyTooLong)]
    public string? County { get; set; }

    [Display(Name = "Country where you trained in medicine")]
    [StringLength(MentoringLimits.Country, ErrorMessage = ValidationText.CountryTooLong)]
    public string? CountryOfTraining { get; set; }

    [Display(Name = "A note for staff and your mentor")]
    [StringLength(MentoringLimits.Note, ErrorMessage = ValidationText.NoteTooLong)]
    public string? Note { get; set; }

    /// <summary>Consent to show the mentor the member's roadmap stage and next dated steps; off unless ticked.</summary>
    [Display(Name = "Let my mentor see my roadmap stage and my next dated steps")]
    public bool ShareRoadmap { get; set; }

    /// <summary>The mentors the member ranks, first choice first; a blank choice is skipped (only when staff let members choose).</summary>
    public List<int?> MentorChoices { get; set; } = [];

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
        MentorChoices = [.. (d.MentorChoices ?? []).Select(id => (int?)id)],
        ShareRoadmap = d.ShareRoadmap,
    };

    public MenteeRequestDetails ToDetails() => new(
        DisplayName, HelpAreaNames.Combine(HelpAreas), Blank(PreferredSpecialty), Blank(Language), Blank(State),
        County ?? string.Empty, CountryOfTraining ?? string.Empty, Note ?? string.Empty,
        [.. MentorChoices.OfType<int>()], ShareRoadmap);

    /// <summary>Adds a mentor as the next choice (from "Ask this mentor"); false when already ranked or the ranking is full.</summary>
    public bool AddChoice(int mentorId)
    {
        var ranked = MentorChoices.OfType<int>().ToList();
        if (ranked.Contains(mentorId) || ranked.Count >= ImgPortal.Core.Mentoring.Choices.ChoiceRules.MaxChoices)
        {
            return false;
        }

        MentorChoices = [.. ranked.Select(id => (int?)id), mentorId];
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
