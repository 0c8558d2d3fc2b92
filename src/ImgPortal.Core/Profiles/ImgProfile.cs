namespace ImgPortal.Core.Profiles;

/// <summary>
/// A member's IMG profile: one per user, keyed by the Identity user's id (the foreign key and its cascade
/// delete are configured in Infrastructure, so Core knows nothing of Identity).
/// </summary>
public class ImgProfile
{
    public const int MedicalSchoolCountryMaxLength = 100;

    public const int MedicalSchoolNameMaxLength = 200;

    /// <summary>The languages typed as one comma-separated line; each becomes a tag of at most <see cref="ProfileTag.ValueMaxLength"/>.</summary>
    public const int LanguagesInputMaxLength = 600;

    public required string UserId { get; set; }

    public string MedicalSchoolCountry { get; set; } = string.Empty;

    public string MedicalSchoolName { get; set; } = string.Empty;

    public int? GraduationYear { get; set; }

    public EcfmgStatus EcfmgStatus { get; set; }

    public DateOnly? EcfmgCertifiedOn { get; set; }

    public ExamResult Step1Result { get; set; }

    public DateOnly? Step1Date { get; set; }

    public int? Step2CkScore { get; set; }

    public DateOnly? Step2CkDate { get; set; }

    public int? Step3Score { get; set; }

    public DateOnly? Step3Date { get; set; }

    public bool EnglishProficiencyMet { get; set; }

    /// <summary>The member passed OET Medicine; <see cref="OetDate"/> is then the day they passed it.</summary>
    public bool OetPassed { get; set; }

    /// <summary>OET Medicine passed on (when <see cref="OetPassed"/>) or planned for.</summary>
    public DateOnly? OetDate { get; set; }

    /// <summary>ECFMG accepted the member's Pathway; <see cref="PathwayDate"/> is then the day it was completed.</summary>
    public bool PathwayCompleted { get; set; }

    /// <summary>The ECFMG Pathway completed on (when <see cref="PathwayCompleted"/>) or planned for.</summary>
    public DateOnly? PathwayDate { get; set; }

    public VisaStatus CurrentVisa { get; set; }

    public VisaNeed VisaNeed { get; set; } = VisaNeed.NotSureYet;

    public int ClinicalExperienceMonths { get; set; }

    public bool FcvsStarted { get; set; }

    public DateOnly? FcvsStartedOn { get; set; }

    public bool FcvsCompleted { get; set; }

    public bool WantsMentor { get; set; }

    /// <summary>The member turned reminder e-mails off.</summary>
    public bool RemindersOff { get; set; }

    /// <summary>The member asked for an e-mail when a new fiscal year's State 30 cycle opens (ADR 0042).</summary>
    public bool WaiverCycleAlerts { get; set; }

    /// <summary>The member asked for an e-mail when fewer than five State 30 slots remain (ADR 0042).</summary>
    public bool WaiverFewSlotsAlerts { get; set; }

    /// <summary>Where the member stands, recomputed on every save so staff can filter and count by it in SQL.</summary>
    public RoadmapStage Stage { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Specialties, states and languages, one row per value (ADR 0008).</summary>
    public List<ProfileTag> Tags { get; set; } = [];
}
