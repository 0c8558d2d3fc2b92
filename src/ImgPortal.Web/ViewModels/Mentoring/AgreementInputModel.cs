using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Agreements;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The mentoring agreement the mentor proposes; the rules are in <see cref="AgreementRules"/>.</summary>
public sealed class AgreementInputModel
{
    [Display(Name = "Goals for the mentoring")]
    [StringLength(AgreementRules.MaxGoalsLength, ErrorMessage = MentoringMessages.GoalsTooLong)]
    public string? Goals { get; set; }

    [Display(Name = "How often you will meet")]
    public MeetingFrequency? Frequency { get; set; }

    [Display(Name = "For how long (months)")]
    public int? Months { get; set; }

    [Display(Name = "We accept the program's code of conduct")]
    public bool AcceptsCodeOfConduct { get; set; }

    public static AgreementInputModel WithDefaults(int months) => new() { Frequency = MeetingFrequency.EveryTwoWeeks, Months = months };

    public static AgreementInputModel From(AgreementView view) =>
        new() { Goals = view.Goals, Frequency = view.Frequency, Months = view.Months };

    public AgreementDetails ToDetails() => new(Goals, Frequency, Months, AcceptsCodeOfConduct);
}
