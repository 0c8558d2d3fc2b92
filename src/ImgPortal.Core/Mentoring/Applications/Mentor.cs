using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Vetting;

namespace ImgPortal.Core.Mentoring.Applications;

/// <summary>
/// A physician's application to mentor and, once staff approve it, their entry on the roster: one row from
/// sign-up to retirement, its <see cref="Status"/> saying which. <see cref="Version"/> guards staff edits and
/// every pairing made with this mentor (ADR 0009).
/// </summary>
public class Mentor : IVersioned
{
    public int Id { get; set; }

    /// <summary>The Identity user who applied; once their account is deleted, an id that belongs to nobody (<see cref="DeletedAccount"/>).</summary>
    public required string UserId { get; set; }

    public required string DisplayName { get; set; }

    public required string Specialty { get; set; }

    public required string Hospital { get; set; }

    public string County { get; set; } = string.Empty;

    /// <summary>Two-letter US state code.</summary>
    public required string State { get; set; }

    public HelpAreas HelpAreas { get; set; }

    /// <summary>How many mentees the mentor takes at once (proposed and active pairings both count).</summary>
    public int Capacity { get; set; } = 1;

    public string MeetingPreference { get; set; } = string.Empty;

    public string Bio { get; set; } = string.Empty;

    /// <summary>Listed in the public directory once approved: opt-in.</summary>
    public bool ListInDirectory { get; set; }

    /// <summary>The hospital or program is shown in the public directory: opt-in.</summary>
    public bool ShowHospital { get; set; }

    /// <summary>The National Provider Identifier, if the mentor gave one (10 digits, checked by <see cref="NpiRules"/>).</summary>
    public string Npi { get; set; } = string.Empty;

    /// <summary>Board certification(s), as the mentor describes them (e.g. "ABIM, Internal Medicine").</summary>
    public string BoardCertification { get; set; } = string.Empty;

    public int YearsInPractice { get; set; }

    /// <summary>The mentor is an international medical graduate themselves.</summary>
    public bool IsImg { get; set; }

    public DateTime AgreedToTermsAtUtc { get; set; }

    /// <summary>When the mentor confirmed on the volunteer form that they read the mentor orientation; null: staff record it instead.</summary>
    public DateTime? OrientationReadAtUtc { get; set; }

    public MentorStatus Status { get; set; } = MentorStatus.Pending;

    /// <summary>The longest status reason: the validation, both schemas and the form's <c>maxlength</c>.</summary>
    public const int MaxStatusReasonLength = MentoringLimits.Reason;

    /// <summary>Staff's reason for the last decline or pause, e-mailed to the mentor.</summary>
    public string StatusReason { get; set; } = string.Empty;

    public DateTime AppliedAtUtc { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    public List<MentorLicense> Licenses { get; set; } = [];

    public List<VettingCheck> VettingChecks { get; set; } = [];

    public List<MentorLanguage> Languages { get; set; } = [];

    public List<MentorTrainingCountry> TrainingCountries { get; set; } = [];

    public List<Pairing> Pairings { get; set; } = [];

    /// <summary>Earlier applications and staff's decision on each, kept when the mentor applies again.</summary>
    public List<PastApplication> PastApplications { get; set; } = [];
}
