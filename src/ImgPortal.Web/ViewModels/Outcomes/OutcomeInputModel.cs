using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles.Outcomes;
using ImgPortal.Web.ViewModels.Mentoring;

namespace ImgPortal.Web.ViewModels.Outcomes;

/// <summary>An outcome as the form posts it; the rules by kind live in <see cref="OutcomeRules"/>.</summary>
public sealed class OutcomeInputModel
{
    [Display(Name = "What happened")]
    [Required(ErrorMessage = OutcomeRules.KindRequired)]
    public MemberOutcomeKind? Kind { get; set; }

    [Display(Name = "Date")]
    public DateOnly? OccurredOn { get; set; }

    [Display(Name = "Number of interview offers")]
    public int? InterviewCount { get; set; }

    [Display(Name = "Residency program")]
    [StringLength(OutcomeRules.MaxProgramLength, ErrorMessage = OutcomeRules.ProgramTooLong)]
    public string? Program { get; set; }

    [Display(Name = "Specialty")]
    [FromCatalog(Catalog.Specialty, ErrorMessage = OutcomeRules.SpecialtyFromList)]
    public string? Specialty { get; set; }

    [Display(Name = "Match year")]
    public int? MatchYear { get; set; }

    [Display(Name = "State that licensed you")]
    [FromCatalog(Catalog.State, ErrorMessage = OutcomeRules.StateRequired)]
    public string? State { get; set; }

    public static OutcomeInputModel From(OutcomeDetails d) => new()
    {
        Kind = d.Kind,
        OccurredOn = d.OccurredOn,
        InterviewCount = d.InterviewCount,
        Program = d.Program,
        Specialty = d.Specialty,
        MatchYear = d.MatchYear,
        State = d.State,
    };

    public OutcomeDetails ToDetails() => new(Kind ?? default, OccurredOn, InterviewCount, Blank(Program), Blank(Specialty), MatchYear, Blank(State));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
