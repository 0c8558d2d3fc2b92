using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.ViewModels.Profiles;

/// <summary>
/// What the profile form posts. Only these fields bind: the owner comes from the signed-in user, never from
/// the request. Cross-field rules (dates, scores with dates) are Core's <see cref="ProfileRules"/>.
/// </summary>
public sealed class ProfileInputModel
{
    [Display(Name = "Country of your medical school")]
    [StringLength(ImgProfile.MedicalSchoolCountryMaxLength, ErrorMessage = ValidationText.CountryTooLong)]
    public string? MedicalSchoolCountry { get; set; }

    [Display(Name = "Name of your medical school")]
    [StringLength(ImgProfile.MedicalSchoolNameMaxLength, ErrorMessage = "Keep the school's name under {1} characters.")]
    public string? MedicalSchoolName { get; set; }

    [Display(Name = "Graduation year")]
    public int? GraduationYear { get; set; }

    [Display(Name = "ECFMG certification")]
    public EcfmgStatus EcfmgStatus { get; set; }

    [Display(Name = "Date certified")]
    public DateOnly? EcfmgCertifiedOn { get; set; }

    [Display(Name = "USMLE Step 1 result")]
    public ExamResult Step1Result { get; set; }

    [Display(Name = "Step 1 date")]
    public DateOnly? Step1Date { get; set; }

    [Display(Name = "Step 2 CK score")]
    public int? Step2CkScore { get; set; }

    [Display(Name = "Step 2 CK date")]
    public DateOnly? Step2CkDate { get; set; }

    [Display(Name = "Step 3 score")]
    public int? Step3Score { get; set; }

    [Display(Name = "Step 3 date")]
    public DateOnly? Step3Date { get; set; }

    [Display(Name = "I have met the English-proficiency requirement")]
    public bool EnglishProficiencyMet { get; set; }

    [Display(Name = "I have passed OET Medicine")]
    public bool OetPassed { get; set; }

    [Display(Name = "OET Medicine passed on, or planned for")]
    public DateOnly? OetDate { get; set; }

    [Display(Name = "ECFMG accepted my Pathway")]
    public bool PathwayCompleted { get; set; }

    [Display(Name = "Pathway completed on, or planned for")]
    public DateOnly? PathwayDate { get; set; }

    [Display(Name = "Current visa status")]
    public VisaStatus CurrentVisa { get; set; }

    [Display(Name = "Visa you will need for residency")]
    public VisaNeed VisaNeed { get; set; } = VisaNeed.NotSureYet;

    [Display(Name = "Specialties of interest")]
    public List<string> Specialties { get; set; } = [];

    [Display(Name = "States of interest")]
    public List<string> States { get; set; } = [];

    [Display(Name = "Languages you speak (separate them with commas)")]
    [StringLength(ImgProfile.LanguagesInputMaxLength, ErrorMessage = "Keep the list of languages under {1} characters.")]
    public string? Languages { get; set; }

    [Display(Name = "Months of US clinical experience")]
    public int ClinicalExperienceMonths { get; set; }

    [Display(Name = "I have started an FCVS profile")]
    public bool FcvsStarted { get; set; }

    [Display(Name = "Date the FCVS profile was started")]
    public DateOnly? FcvsStartedOn { get; set; }

    [Display(Name = "My FCVS profile is complete")]
    public bool FcvsCompleted { get; set; }

    [Display(Name = "I would like a mentor")]
    public bool WantsMentor { get; set; }

    [Display(Name = "Do not send me reminder e-mails")]
    public bool RemindersOff { get; set; }

    [Display(Name = "E-mail me when a new fiscal year's State 30 (J-1 waiver) cycle opens")]
    public bool WaiverCycleAlerts { get; set; }

    [Display(Name = "E-mail me when fewer than five State 30 slots remain")]
    public bool WaiverFewSlotsAlerts { get; set; }

    public static ProfileInputModel From(ProfileData d) => new()
    {
        MedicalSchoolCountry = d.MedicalSchoolCountry,
        MedicalSchoolName = d.MedicalSchoolName,
        GraduationYear = d.GraduationYear,
        EcfmgStatus = d.EcfmgStatus,
        EcfmgCertifiedOn = d.EcfmgCertifiedOn,
        Step1Result = d.Step1Result,
        Step1Date = d.Step1Date,
        Step2CkScore = d.Step2CkScore,
        Step2CkDate = d.Step2CkDate,
        Step3Score = d.Step3Score,
        Step3Date = d.Step3Date,
        EnglishProficiencyMet = d.EnglishProficiencyMet,
        OetPassed = d.OetPassed,
        OetDate = d.OetDate,
        PathwayCompleted = d.PathwayCompleted,
        PathwayDate = d.PathwayDate,
        CurrentVisa = d.CurrentVisa,
        VisaNeed = d.VisaNeed,
        Specialties = [.. d.Specialties],
        States = [.. d.States],
        Languages = string.Join(", ", d.Languages),
        ClinicalExperienceMonths = d.ClinicalExperienceMonths,
        FcvsStarted = d.FcvsStarted,
        FcvsStartedOn = d.FcvsStartedOn,
        FcvsCompleted = d.FcvsCompleted,
        WantsMentor = d.WantsMentor,
        RemindersOff = d.RemindersOff,
        WaiverCycleAlerts = d.WaiverCycleAlerts,
        WaiverFewSlotsAlerts = d.WaiverFewSlotsAlerts,
    };

    public ProfileData ToData() => new()
    {
        MedicalSchoolCountry = MedicalSchoolCountry?.Trim() ?? string.Empty,
        MedicalSchoolName = MedicalSchoolName?.Trim() ?? string.Empty,
        GraduationYear = GraduationYear,
        EcfmgStatus = EcfmgStatus,
        EcfmgCertifiedOn = EcfmgCertifiedOn,
        Step1Result = Step1Result,
        Step1Date = Step1Date,
        Step2CkScore = Step2CkScore,
        Step2CkDate = Step2CkDate,
        Step3Score = Step3Score,
        Step3Date = Step3Date,
        EnglishProficiencyMet = EnglishProficiencyMet,
        OetPassed = OetPassed,
        OetDate = OetDate,
        PathwayCompleted = PathwayCompleted,
        PathwayDate = PathwayDate,
        CurrentVisa = CurrentVisa,
        VisaNeed = VisaNeed,
        Specialties = Specialties.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList(),
        States = States.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList(),
        Languages = ProfileRules.SplitList(Languages),
        ClinicalExperienceMonths = ClinicalExperienceMonths,
        FcvsStarted = FcvsStarted,
        FcvsStartedOn = FcvsStartedOn,
        FcvsCompleted = FcvsCompleted,
        WantsMentor = WantsMentor,
        RemindersOff = RemindersOff,
        WaiverCycleAlerts = WaiverCycleAlerts,
        WaiverFewSlotsAlerts = WaiverFewSlotsAlerts,
    };
}
