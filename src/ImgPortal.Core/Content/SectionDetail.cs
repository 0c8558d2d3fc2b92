namespace ImgPortal.Core.Content;

public sealed record SectionDetail(SectionKind Kind, int SortOrder, string Heading, string BodyHtml)
{
    /// <summary>The fragment this section's heading carries on the page (<see cref="SectionAnchors"/>).</summary>
    public string Anchor => SectionAnchors.For(Heading);
}
