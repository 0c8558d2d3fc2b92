namespace ImgPortal.UnitTests.Docs;

/// <summary>
/// <c>docs/decisions/README.md</c> indexes every ADR: two helpers' decisions (0106, 0107) were once merged without a
/// row, and nothing noticed.
/// </summary>
public sealed class DecisionsIndexTests
{
    [Fact]
    public void Index_EveryDecisionFile_HasARowLinkingToIt()
    {
        var folder = Path.Combine(DocsNamesTests.RepositoryRoot(), "docs", "decisions");
        var index = File.ReadAllText(Path.Combine(folder, "README.md"));

        var missing = Directory.EnumerateFiles(folder, "0*.md")
            .Select(Path.GetFileName)
            .Where(name => !index.Contains($"]({name})", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(missing);
    }
}
