using ImgPortal.Core.Records;

namespace ImgPortal.Core.Programs;

/// <summary>
/// One New York residency program (named <c>ResidencyProgram</c> because the web app's entry point is <c>Program</c>) and the policies it states (ADR 0075): J-1, H-1B, years since graduation,
/// exam attempts, US clinical experience and score minimums. Each policy carries its own source line
/// ("URL | title | yyyy-MM-dd", empty when unknown) and the date it was checked, so a reader sees who said what
/// and when; a policy no source states stays <c>Unknown</c> (enum value 0).
/// </summary>
public class ResidencyProgram : ISeededRecord
{
    public const int KeyMaxLength = 80;

    public const int NameMaxLength = 200;

    public const int SpecialtyMaxLength = 100;

    public const int SponsoringInstitutionMaxLength = 200;

    public const int AreaMaxLength = 40;

    public const int CityMaxLength = 80;

    public const int AcgmeNumberMaxLength = 10;

    public const int WebsiteMaxLength = 400;

    public const int SourceMaxLength = 600;

    public const int ScoreMinimumsMaxLength = 400;

    public int Id { get; set; }

    /// <summary>Stable lowercase slug, the program's address under <c>/programs/</c>.</summary>
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Specialty { get; set; } = string.Empty;

    public string SponsoringInstitution { get; set; } = string.Empty;

    /// <summary>A borough or region of New York (<see cref="NewYorkAreas"/>).</summary>
    public string Area { get; set; } = string.Empty;

    public string City { get; set; } = string.Empty;

    /// <summary>The ten-digit ACGME program number, when known.</summary>
    public string? AcgmeNumber { get; set; }

    public string Website { get; set; } = string.Empty;

    /// <summary>First-year positions, when known.</summary>
    public int? Positions { get; set; }

    /// <summary>Where the program's existence was confirmed (its own site or the accrediting body).</summary>
    public string ExistenceSource { get; set; } = string.Empty;

    public J1Policy J1 { get; set; }

    public string J1Source { get; set; } = string.Empty;

    public DateOnly? J1CheckedOn { get; set; }

    public H1bPolicy H1b { get; set; }

    public string H1bSource { get; set; } = string.Empty;

    public DateOnly? H1bCheckedOn { get; set; }

    public LimitPolicy YearsSinceGraduation { get; set; }

    /// <summary>The most years since graduation the program accepts, when <see cref="YearsSinceGraduation"/> is a limit.</summary>
    public int? YearsSinceGraduationLimit { get; set; }

    public string YearsSinceGraduationSource { get; set; } = string.Empty;

    public DateOnly? YearsSinceGraduationCheckedOn { get; set; }

    public LimitPolicy ExamAttempts { get; set; }

    /// <summary>The most attempts at any one exam the program accepts, when <see cref="ExamAttempts"/> is a limit.</summary>
    public int? ExamAttemptsMax { get; set; }

    public string ExamAttemptsSource { get; set; } = string.Empty;

    public DateOnly? ExamAttemptsCheckedOn { get; set; }

    public ClinicalExperiencePolicy ClinicalExperience { get; set; }

    public string ClinicalExperienceSource { get; set; } = string.Empty;

    public DateOnly? ClinicalExperienceCheckedOn { get; set; }

    /// <summary>The program's stated score minimums in its own terms; empty when unknown.</summary>
    public string ScoreMinimums { get; set; } = string.Empty;

    public string ScoreMinimumsSource { get; set; } = string.Empty;

    public DateOnly? ScoreMinimumsCheckedOn { get; set; }

    /// <summary>When the program itself last confirmed this record; null when it never has.</summary>
    public DateOnly? LastConfirmedByProgram { get; set; }

    public Guid Version { get; set; }

    /// <inheritdoc />
    public string? SeededHash { get; set; }
}
