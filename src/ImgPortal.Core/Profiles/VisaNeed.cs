namespace ImgPortal.Core.Profiles;

/// <summary>The visa the member will need for residency.</summary>
public enum VisaNeed
{
    None,
    J1,
    H1B,
}
