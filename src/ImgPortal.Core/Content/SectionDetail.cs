namespace ImgPortal.Core.Content;

public sealed record SectionDetail(SectionKind Kind, int SortOrder, string Heading, string BodyHtml)
{
    /// <summary>The fragment this section's heading carries on the page (<see cref="SectionAnchors"/>).</summary>
    public string Anchor => SectionAnchors.For(Heading);

    /// <summary>The section's own sources as stored, one a line (see <see cref="PathwaySources"/>).</summary>
    public string Sources { get; init; } = string.Empty;

    /// <summary>The Match cycle the section's rules belong to, e.g. "2027 Match"; empty when none.</summary>
    public string Cycle { get; init; } = string.Empty;

    /// <summary>Each source with its title and the date it was checked.</summary>
    public IReadOnlyList<PathwaySource> SourceList => PathwaySources.Read(Sources);
}
