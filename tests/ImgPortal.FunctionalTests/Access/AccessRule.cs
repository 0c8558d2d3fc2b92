namespace ImgPortal.FunctionalTests.Access;

/// <summary>One line of <c>access-table.txt</c>: an endpoint, the URL that tries it, and the outcome for each role.</summary>
public sealed record AccessRule(EndpointKey Endpoint, string SampleUrl, IReadOnlyDictionary<string, string> Outcomes, int LineNumber)
{
    public override string ToString() => $"{Endpoint} (line {LineNumber})";
}
