using ImgPortal.Core.Common;

namespace ImgPortal.Core.Profiles;

/// <summary>What a member tells the portal about themselves: the editable part of <see cref="ImgProfile"/>.</summary>
public sealed record ProfileData
{
    public string MedicalSchoolCountry { get; init; } = string.Empty;

    public string MedicalSchoolName { get; init; } = string.Empty;

    public int? GraduationYear { get; init; }

    public EcfmgStatus EcfmgStatus { get; init; }

    public DateOnly? EcfmgCertifiedOn { get; init; }

    public ExamResult Step1Result { get; init; }

    public DateOnly? Step1Date { get; init; }

    public int? Step2CkScore { get; init; }

    public DateOnly? Step2CkDate { get; init; }

    public int? Step3Score { get; init; }

    public DateOnly? Step3Date { get; init; }

    public bool EnglishProficiencyMet { get; init; }

    public bool OetPassed { get; init; }

    /// <summary>OET Medicine passed on (when <see cref="OetPassed"/>) or planned for.</summary>
    public DateOnly? OetDate { get; init; }

    public bool PathwayCompleted { get; init; }

    /// <summary>The ECFMG Pathway completed on (when <see cref="PathwayCompleted"/>) or planned for.</summary>
    public DateOnly? PathwayDate { get; init; }

    public VisaStatus CurrentVisa { get; init; }

    public VisaNeed VisaNeed { get; init; } = VisaNeed.NotSureYet;

    public IReadOnlyList<string> Specialties { get; init; } = [];

    public IReadOnlyList<string> States { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public int ClinicalExperienceMonths { get; init; }

    public bool FcvsStarted { get; init; }

    public DateOnly? FcvsStartedOn { get; init; }

    public bool FcvsCompleted { get; init; }

    public bool WantsMentor { get; init; }

    public bool RemindersOff { get; init; }

    public bool WaiverCycleAlerts { get; init; }

    public bool WaiverFewSlotsAlerts { get; init; }

    public bool Step2CkTaken => Step2CkScore is not null && Step2CkDate is not null;

    public bool Step3Taken => Step3Score is not null && Step3Date is not null;

    /// <summary>ECFMG's communication and clinical skills requirement: met as a whole, or OET Medicine passed and a Pathway completed.</summary>
    public bool OetAndPathwayDone => EnglishProficiencyMet || (OetPassed && PathwayCompleted);
}
