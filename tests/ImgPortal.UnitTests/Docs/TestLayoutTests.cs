using System.Text.RegularExpressions;

namespace ImgPortal.UnitTests.Docs;

/// <summary>
/// The test projects' layout (issue 19, tests/README.md): a test class name says which class or page it tests, and
/// is found in one project only, so a failing name in a run points at one file.
/// </summary>
public sealed partial class TestLayoutTests
{
    [Fact]
    public void TestClassNames_EachAppearsInOneTestProjectOnly()
    {
        var tests = Path.Combine(DocsNamesTests.RepositoryRoot(), "tests");
        var projects = Directory.GetDirectories(tests, "ImgPortal.*Tests");
        var owners = projects
            .SelectMany(project => Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .SelectMany(file => TestClass().Matches(File.ReadAllText(file)).Select(m => (Name: m.Groups["name"].Value, Project: Path.GetFileName(project)))))
            .Distinct()
            .GroupBy(c => c.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Project).Order(StringComparer.Ordinal))}")
            .ToList();

        Assert.True(projects.Length >= 4, "The four test projects were not found under " + tests);
        Assert.True(owners.Count == 0, "Test class names found in more than one project:\n" + string.Join('\n', owners));
    }

    [GeneratedRegex(@"^public (?:sealed |static |abstract )*(?:partial )?class (?<name>\w+Tests)\b", RegexOptions.Multiline)]
    private static partial Regex TestClass();
}
