namespace ImgPortal.Core.Profiles;

public enum SeasonDateKind
{
    Opens,
    Deadline,
    Match,
    Start,
}
