namespace ImgPortal.Core.Content;

/// <summary>
/// The visas guide's slug and the headings of the sections the roadmap links to, in one place so that the seeded
/// page and the links built from its headings (<see cref="SectionAnchors"/>) cannot drift apart.
/// </summary>
public static class VisasGuide
{
    public const string Slug = "visas";

    public const string J1Heading = "The J-1 through ECFMG";

    public const string H1bHeading = "The H-1B";

    public const string ComparisonHeading = "J-1 and H-1B side by side";

    public static string J1Path => PathTo(J1Heading);

    public static string H1bPath => PathTo(H1bHeading);

    public static string ComparisonPath => PathTo(ComparisonHeading);

    private static string PathTo(string heading) => "/" + Slug + "#" + SectionAnchors.For(heading);
}
