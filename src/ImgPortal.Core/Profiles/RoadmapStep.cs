using ImgPortal.Core.Records;

namespace ImgPortal.Core.Profiles;

/// <summary>One step of the residency roadmap, defined by staff (seeded). Members' states hang off it.</summary>
public class RoadmapStep : ISeededRecord
{
    public const int KeyMaxLength = 60;

    public const int TitleMaxLength = 200;

    public const int DescriptionMaxLength = 2000;

    public const int GuidanceSlugMaxLength = 80;

    public const int SourcesMaxLength = 2000;

    public int Id { get; set; }

    /// <summary>Stable identifier; the derivation rules (<see cref="RoadmapRules"/>) recognize some keys.</summary>
    public required string Key { get; set; }

    public required string Title { get; set; }

    public string Description { get; set; } = string.Empty;

    public int SortOrder { get; set; }

    public RoadmapStage Stage { get; set; }

    /// <summary>The guidance page that explains the step (e.g. <c>residency</c>), or empty.</summary>
    public string GuidanceSlug { get; set; } = string.Empty;

    /// <summary>The step's own sources, one a line as "URL | title | yyyy-MM-dd" (empty: its guidance page's sources cover it).</summary>
    public string Sources { get; set; } = string.Empty;

    public Guid Version { get; set; } = Guid.NewGuid();

    /// <inheritdoc />
    public string? SeededHash { get; set; }
}
