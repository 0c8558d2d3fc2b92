using ImgPortal.Core.Records;

namespace ImgPortal.Core.Content;

/// <summary>
/// One state's pathway for IMGs to practice: what it is, where it stands, its citations and dates, the nine
/// requirements (each a text and a <see cref="RequirementStatus"/>), a plain summary and its sources, one per line
/// as "URL | title | verified date" (<see cref="PathwaySources"/>, ADR 0040).
/// </summary>
public class StatePathway : ISeededRecord
{
    public const int StateMaxLength = 2;

    public const int NameMaxLength = 150;

    public const int CitationMaxLength = 200;

    public const int RequirementMaxLength = 400;

    public const int SummaryMaxLength = 1000;

    public const int SourcesMaxLength = 3000;

    public int Id { get; set; }

    /// <summary>The two-letter code of a state or DC (<see cref="Common.UsStates"/>).</summary>
    public string State { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public PathwayKind Kind { get; set; }

    public PathwayStatus Status { get; set; }

    public string BillCitation { get; set; } = string.Empty;

    public string StatuteCitation { get; set; } = string.Empty;

    public DateOnly? EnactedOn { get; set; }

    public DateOnly? EffectiveOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public string EcfmgCertification { get; set; } = string.Empty;

    public RequirementStatus EcfmgCertificationStatus { get; set; }

    public string TrainingOrPracticeAbroad { get; set; } = string.Empty;

    public RequirementStatus TrainingOrPracticeAbroadStatus { get; set; }

    public string UsmleSteps { get; set; } = string.Empty;

    public RequirementStatus UsmleStepsStatus { get; set; }

    public string EnglishTest { get; set; } = string.Empty;

    public RequirementStatus EnglishTestStatus { get; set; }

    public string JobOfferOrSponsor { get; set; } = string.Empty;

    public RequirementStatus JobOfferOrSponsorStatus { get; set; }

    public string PracticeSetting { get; set; } = string.Empty;

    public RequirementStatus PracticeSettingStatus { get; set; }

    public string SupervisedPeriod { get; set; } = string.Empty;

    public RequirementStatus SupervisedPeriodStatus { get; set; }

    public string ConversionToFullLicense { get; set; } = string.Empty;

    public RequirementStatus ConversionToFullLicenseStatus { get; set; }

    public string ImmigrationStatus { get; set; } = string.Empty;

    public RequirementStatus ImmigrationStatusStatus { get; set; }

    public string Summary { get; set; } = string.Empty;

    /// <summary>One source a line: "URL | title | yyyy-MM-dd" (the date it was last checked against that source).</summary>
    public string Sources { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <inheritdoc />
    public string? SeededHash { get; set; }
}
