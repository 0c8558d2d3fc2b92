using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Pathways.SelfCheck;

namespace ImgPortal.Web.ViewModels.StatePathways;

/// <summary>What the self-check form posts. Never stored.</summary>
public sealed class SelfCheckInputModel
{
    public const int MaxYears = 60;

    /// <summary>Both year fields' message (a self-check is never saved, so no Core rule repeats it).</summary>
    public const string YearsMessage = "Give a number of years from {1} to {2}, or leave it empty.";

    [Display(Name = "Are you ECFMG certified?")]
    public Answer EcfmgCertified { get; set; }

    [Display(Name = "Years of postgraduate training abroad")]
    [Range(0, MaxYears, ErrorMessage = YearsMessage)]
    public int? YearsTrainingAbroad { get; set; }

    [Display(Name = "Years of practice as a licensed physician abroad")]
    [Range(0, MaxYears, ErrorMessage = YearsMessage)]
    public int? YearsPracticeAbroad { get; set; }

    public bool PassedStep1 { get; set; }

    public bool PassedStep2Ck { get; set; }

    public bool PassedStep3 { get; set; }

    [Display(Name = "Have you passed an English test (such as OET Medicine)?")]
    public Answer EnglishTestPassed { get; set; }

    [Display(Name = "Do you have a job offer from a US employer?")]
    public Answer UsJobOffer { get; set; }

    [Display(Name = "Your immigration status")]
    public ImmigrationAnswer Immigration { get; set; }

    public List<string> States { get; set; } = [];

    public SelfCheckAnswers ToAnswers() => new()
    {
        EcfmgCertified = EcfmgCertified,
        YearsTrainingAbroad = YearsTrainingAbroad,
        YearsPracticeAbroad = YearsPracticeAbroad,
        PassedStep1 = PassedStep1,
        PassedStep2Ck = PassedStep2Ck,
        PassedStep3 = PassedStep3,
        EnglishTestPassed = EnglishTestPassed,
        UsJobOffer = UsJobOffer,
        Immigration = Immigration,
        States = States.Where(UsStates.IsCode).Select(s => s.ToUpperInvariant()).Distinct().ToList(),
    };

    public static SelfCheckInputModel From(SelfCheckAnswers answers) => new()
    {
        EcfmgCertified = answers.EcfmgCertified,
        YearsTrainingAbroad = answers.YearsTrainingAbroad,
        YearsPracticeAbroad = answers.YearsPracticeAbroad,
        PassedStep1 = answers.PassedStep1,
        PassedStep2Ck = answers.PassedStep2Ck,
        PassedStep3 = answers.PassedStep3,
        EnglishTestPassed = answers.EnglishTestPassed,
        UsJobOffer = answers.UsJobOffer,
        Immigration = answers.Immigration,
        States = [.. answers.States],
    };
}
