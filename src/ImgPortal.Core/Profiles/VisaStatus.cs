namespace ImgPortal.Core.Profiles;

public enum VisaStatus
{
    None,
    J1,
    H1B,
    F1,
    PermanentResidentOrCitizen,
    Other,
}
