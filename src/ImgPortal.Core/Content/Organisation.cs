using ImgPortal.Core.Records;

namespace ImgPortal.Core.Content;

/// <summary>An organisation IMGs deal with on the way to practice, and what it does for them.</summary>
public class Organisation : IRecord
{
    public const int NameMaxLength = 200;

    public const int AbbreviationMaxLength = 20;

    public const int RoleMaxLength = 2000;

    public const int WebsiteUrlMaxLength = 300;


    public int Id { get; set; }

    public required string Name { get; set; }

    public string Abbreviation { get; set; } = string.Empty;

    public required string Role { get; set; }

    public string WebsiteUrl { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}
