namespace ImgPortal.Core.Profiles;

public enum EcfmgStatus
{
    NotStarted,
    InProgress,
    Certified,
}
