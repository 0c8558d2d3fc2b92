namespace ImgPortal.Core.Content;

/// <summary>
/// The nine requirements of a <see cref="StatePathway"/>, in order, with their labels and the entity's properties:
/// the one list the staff form, the public pages, the comparison and the self-check all read.
/// </summary>
public static class PathwayRequirements
{
    public static readonly IReadOnlyList<PathwayRequirementField> All =
    [
        new(PathwayRequirement.EcfmgCertification, "ECFMG certification", p => p.EcfmgCertification, (p, v) => p.EcfmgCertification = v, p => p.EcfmgCertificationStatus, (p, v) => p.EcfmgCertificationStatus = v),
        new(PathwayRequirement.TrainingOrPracticeAbroad, "Training or practice abroad", p => p.TrainingOrPracticeAbroad, (p, v) => p.TrainingOrPracticeAbroad = v, p => p.TrainingOrPracticeAbroadStatus, (p, v) => p.TrainingOrPracticeAbroadStatus = v),
        new(PathwayRequirement.UsmleSteps, "USMLE steps", p => p.UsmleSteps, (p, v) => p.UsmleSteps = v, p => p.UsmleStepsStatus, (p, v) => p.UsmleStepsStatus = v),
        new(PathwayRequirement.EnglishTest, "English test", p => p.EnglishTest, (p, v) => p.EnglishTest = v, p => p.EnglishTestStatus, (p, v) => p.EnglishTestStatus = v),
        new(PathwayRequirement.JobOfferOrSponsor, "Job offer or employer sponsor", p => p.JobOfferOrSponsor, (p, v) => p.JobOfferOrSponsor = v, p => p.JobOfferOrSponsorStatus, (p, v) => p.JobOfferOrSponsorStatus = v),
        new(PathwayRequirement.PracticeSetting, "Practice setting", p => p.PracticeSetting, (p, v) => p.PracticeSetting = v, p => p.PracticeSettingStatus, (p, v) => p.PracticeSettingStatus = v),
        new(PathwayRequirement.SupervisedPeriod, "Supervised or provisional period", p => p.SupervisedPeriod, (p, v) => p.SupervisedPeriod = v, p => p.SupervisedPeriodStatus, (p, v) => p.SupervisedPeriodStatus = v),
        new(PathwayRequirement.ConversionToFullLicense, "Conversion to a full license", p => p.ConversionToFullLicense, (p, v) => p.ConversionToFullLicense = v, p => p.ConversionToFullLicenseStatus, (p, v) => p.ConversionToFullLicenseStatus = v),
        new(PathwayRequirement.ImmigrationStatus, "Visa or immigration", p => p.ImmigrationStatus, (p, v) => p.ImmigrationStatus = v, p => p.ImmigrationStatusStatus, (p, v) => p.ImmigrationStatusStatus = v),
    ];

    public static PathwayRequirementField Of(PathwayRequirement requirement) => All.Single(r => r.Requirement == requirement);
}
