namespace ImgPortal.Core.Profiles;

public enum TagKind
{
    Specialty,
    State,
    Language,
}
