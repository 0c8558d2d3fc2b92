namespace ImgPortal.Core.Content;

/// <summary>What a visitor reads of a guidance page, with the structured records it shows.</summary>
public sealed record GuidancePageDetail(
    string Slug,
    string Title,
    string Summary,
    string BodyHtml,
    string Source,
    DateOnly LastReviewedOn,
    PageFeature Feature,
    IReadOnlyList<SectionDetail> Sections,
    IReadOnlyList<WaiverYearDetail> WaiverYears,
    IReadOnlyList<StatePathwayDetail> StatePathways,
    IReadOnlyList<OrganisationDetail> Organisations,
    IReadOnlyList<ContactPointDetail> ContactPoints)
{
    public IEnumerable<SectionDetail> Steps => Sections.Where(s => s.Kind == SectionKind.Step);

    public IEnumerable<SectionDetail> TextSections => Sections.Where(s => s.Kind == SectionKind.Section);
}

public sealed record SectionDetail(SectionKind Kind, int SortOrder, string Heading, string BodyHtml)
{
    /// <summary>The fragment this section's heading carries on the page (<see cref="SectionAnchors"/>).</summary>
    public string Anchor => SectionAnchors.For(Heading);
}

public sealed record WaiverYearDetail(
    string ProgramName, int Year, int TotalWaivers, int SecondCategoryMax, string Notes, string Source, DateOnly AsOf);

public sealed record StatePathwayDetail(
    string State, PathwayKind Kind, string Description, string Requirements, string Source, DateOnly AsOf);

public sealed record OrganisationDetail(string Name, string Abbreviation, string Role, string WebsiteUrl);

public sealed record ContactPointDetail(string Office, string Purpose, string Phone, string Email, string Address);

/// <summary>A page as listed on the home page and in navigation.</summary>
public sealed record PageLink(string Slug, string Title, string Summary);

/// <summary>
/// One search result: the page, the section it matched (<see cref="Anchor"/>, when one did) and the words to
/// highlight in its snippet.
/// </summary>
public sealed record SearchHit(string Slug, string Title, string Snippet, string? Anchor = null, IReadOnlyList<string>? Highlights = null);
