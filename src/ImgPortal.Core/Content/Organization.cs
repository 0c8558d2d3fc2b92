using ImgPortal.Core.Records;

namespace ImgPortal.Core.Content;

/// <summary>An organization IMGs deal with on the way to practice, and what it does for them.</summary>
public class Organization : IRecord
{
    public const int NameMaxLength = 200;

    public const int AbbreviationMaxLength = 20;

    public const int RoleMaxLength = 2000;

    public const int WebsiteUrlMaxLength = 300;

    public const int AliasesMaxLength = 300;


    public int Id { get; set; }

    public required string Name { get; set; }

    public string Abbreviation { get; set; } = string.Empty;

    public required string Role { get; set; }

    public string WebsiteUrl { get; set; } = string.Empty;

    /// <summary>Other names the guidance uses for it, separated by semicolons ("Department of Health; State 30"):
    /// guidance pages link the first mention of any of its names to <see cref="WebsiteUrl"/>.</summary>
    public string Aliases { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>The names in an <see cref="Aliases"/> value, trimmed, empty ones dropped.</summary>
    public static IEnumerable<string> SplitAliases(string? aliases) =>
        (aliases ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
