using System.Globalization;

namespace ImgPortal.Core.Profiles;

/// <summary>A step as the rules see it.</summary>
public sealed record StepDefinition(string Key, string Title, string Description, int SortOrder, RoadmapStage Stage, string GuidanceSlug)
{
    /// <summary>The step's own sources as stored, one a line (see <see cref="Content.PathwaySources"/>).</summary>
    public string Sources { get; init; } = string.Empty;

    /// <summary>Each source with its title and the date it was checked.</summary>
    public IReadOnlyList<Content.PathwaySource> SourceList => Content.PathwaySources.Read(Sources);
}
