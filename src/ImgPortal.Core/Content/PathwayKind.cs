namespace ImgPortal.Core.Content;

/// <summary>What a state pathway gives an IMG (stored by name; labels in <see cref="Records.RecordLabels"/>).</summary>
public enum PathwayKind
{
    /// <summary>A route to a full license without US residency training (usually through a provisional license).</summary>
    FullLicenseWithoutUsResidency,

    LimitedOrRestrictedLicense,

    ClinicalExperienceLicense,

    AssistanceProgram,

    EmergencyAuthorization,

    Other,
}
