namespace ImgPortal.Core.Content;

/// <summary>
/// The table of contents of a guidance page, built on the server from the page's own sections in the order
/// the page shows them: the numbered steps (each step under one "Step by step" line), the text sections,
/// then the structured records the page shows. Short pages get none.
/// </summary>
public static class PageContents
{
    /// <summary>A page with fewer top-level sections than this is short enough to read without contents.</summary>
    public const int MinimumEntries = 3;

    public const string StepsAnchor = "steps-heading";

    public const string StepsHeading = "Step by step";

    public static IReadOnlyList<ContentsEntry> For(GuidancePageDetail page)
    {
        var entries = new List<ContentsEntry>();
        var steps = page.Steps.Select(s => new ContentsEntry(s.Anchor, s.Heading, [])).ToList();
        if (steps.Count > 0)
        {
            entries.Add(new ContentsEntry(StepsAnchor, StepsHeading, steps));
        }

        entries.AddRange(page.TextSections.Select(s => new ContentsEntry(s.Anchor, s.Heading, [])));
        if (FeatureSection(page.Feature) is { } feature)
        {
            entries.Add(new ContentsEntry(feature.Anchor, feature.Heading, []));
        }

        return entries.Count >= MinimumEntries ? entries : [];
    }

    /// <summary>The heading and fragment of the block of structured records a page shows, if any.</summary>
    public static (string Anchor, string Heading)? FeatureSection(PageFeature feature) => feature switch
    {
        PageFeature.WaiverFigures => ("waiver-figures", "State 30 slot tracker"),
        PageFeature.StatePathways => ("state-actions", "State actions on IMG pathways"),
        PageFeature.Organizations => ("organizations", "Who does what"),
        PageFeature.ContactPoints => ("contacts", "Offices to contact"),
        _ => null,
    };
}
