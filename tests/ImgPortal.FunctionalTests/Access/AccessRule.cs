namespace ImgPortal.FunctionalTests.Access;

/// <summary>
/// One line of <c>access-table.txt</c>: an endpoint, the URL that tries it, and the outcome for each role. A page's
/// cell written <c>get/post</c> (e.g. <c>400/405</c>) also says what a POST with a valid token gets (<see cref="PostOutcomes"/>).
/// </summary>
public sealed record AccessRule(
    EndpointKey Endpoint, string SampleUrl, IReadOnlyDictionary<string, string> Outcomes, int LineNumber, IReadOnlyDictionary<string, string> PostOutcomes)
{
    public override string ToString() => $"{Endpoint} (line {LineNumber})";
}
