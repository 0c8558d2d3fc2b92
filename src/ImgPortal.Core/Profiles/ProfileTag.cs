namespace ImgPortal.Core.Profiles;

/// <summary>One value of a multi-value profile field: a specialty, a state of interest or a language.</summary>
public class ProfileTag
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public TagKind Kind { get; set; }

    public required string Value { get; set; }
}
