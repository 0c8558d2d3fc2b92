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
    IReadOnlyList<OrganizationDetail> Organizations,
    IReadOnlyList<ContactPointDetail> ContactPoints)
{
    /// <summary>The federal fiscal year on the day the page is read (the State 30 tracker's current year); null in a staff preview.</summary>
    public Waivers.FederalFiscalYear? FiscalYearNow { get; init; }

    public IEnumerable<SectionDetail> Steps => Sections.Where(s => s.Kind == SectionKind.Step);

    public IEnumerable<SectionDetail> TextSections => Sections.Where(s => s.Kind == SectionKind.Section);
}
