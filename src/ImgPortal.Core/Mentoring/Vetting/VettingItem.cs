namespace ImgPortal.Core.Mentoring.Vetting;

/// <summary>What staff check before approving a mentor.</summary>
public enum VettingItem
{
    /// <summary>Every license was found, active, on the state's public lookup.</summary>
    LicenseVerified,

    /// <summary>The mentor accepted the program's code of conduct.</summary>
    CodeOfConductAccepted,

    /// <summary>The mentor took part in the orientation.</summary>
    OrientationDone,
}
