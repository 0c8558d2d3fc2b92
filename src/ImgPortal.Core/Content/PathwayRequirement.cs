namespace ImgPortal.Core.Content;

/// <summary>The nine requirements every state pathway is described by, in the order pages show them.</summary>
public enum PathwayRequirement
{
    EcfmgCertification,

    TrainingOrPracticeAbroad,

    UsmleSteps,

    EnglishTest,

    JobOfferOrSponsor,

    PracticeSetting,

    SupervisedPeriod,

    ConversionToFullLicense,

    ImmigrationStatus,
}
