using System.Text.RegularExpressions;

namespace ImgPortal.UnitTests.Docs;

/// <summary>
/// The test projects' layout (issue 19, tests/README.md, ADR 0116): a test class name says which class or page it tests,
/// is found in one project only, and a unit or integration test sits in the folder mirroring its class, so a failing
/// name in a run points at one file and a class's tests are found where the class is.
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

    [Fact]
    public void UnitAndIntegrationTests_LiveInTheFolderMirroringTheClassTheyTest()
    {
        var root = DocsNamesTests.RepositoryRoot();
        var sources = new[] { "ImgPortal.Core", "ImgPortal.Infrastructure", "ImgPortal.Web" }
            .SelectMany(project => SourceFiles(Path.Combine(root, "src", project))
                .Select(file => (Project: project, File: file)))
            .ToLookup(s => Path.GetFileNameWithoutExtension(s.File), StringComparer.Ordinal);

        var misplaced = new List<string>();
        var checkedFiles = 0;
        foreach (var testProject in new[] { "ImgPortal.UnitTests", "ImgPortal.IntegrationTests" })
        {
            var testRoot = Path.Combine(root, "tests", testProject);
            foreach (var testFile in SourceFiles(testRoot).Where(f => f.EndsWith("Tests.cs", StringComparison.Ordinal)))
            {
                var tested = sources[Path.GetFileNameWithoutExtension(testFile)[..^"Tests".Length]].ToList();
                if (tested.Count != 1)
                {
                    continue;
                }

                checkedFiles++;
                var (sourceProject, sourceFile) = tested[0];
                var expected = MirroredFolder(testProject, sourceProject, Folder(Path.Combine(root, "src", sourceProject), sourceFile));
                if (Folder(testRoot, testFile) != expected)
                {
                    misplaced.Add($"tests/{testProject}/{Relative(testRoot, testFile)} tests src/{sourceProject}/{Relative(Path.Combine(root, "src", sourceProject), sourceFile)}: "
                        + $"move it to tests/{testProject}/{(expected.Length == 0 ? "" : expected + "/")}");
                }
            }
        }

        Assert.True(checkedFiles >= 50, $"Only {checkedFiles} test files were matched to a class under src/; the layout check is not looking where it should.");
        Assert.True(misplaced.Count == 0, "Test files outside the folder mirroring the class they test (tests/README.md):\n" + string.Join('\n', misplaced));
    }

    [Theory]
    [InlineData("ImgPortal.UnitTests", "ImgPortal.Core", "Mentoring/Matching", "Mentoring/Matching")]
    [InlineData("ImgPortal.UnitTests", "ImgPortal.Web", "Caching", "Web/Caching")]
    [InlineData("ImgPortal.UnitTests", "ImgPortal.Infrastructure", "Data/Seed", "Infrastructure/Data/Seed")]
    [InlineData("ImgPortal.UnitTests", "ImgPortal.Infrastructure", "", "Infrastructure")]
    [InlineData("ImgPortal.IntegrationTests", "ImgPortal.Infrastructure", "Data/Seed", "Data/Seed")]
    [InlineData("ImgPortal.IntegrationTests", "ImgPortal.Core", "Content/Editing", "Content/Editing")]
    [InlineData("ImgPortal.IntegrationTests", "ImgPortal.Web", "Caching", "Web/Caching")]
    public void MirroredFolder_SourceFolder_IsTheTestProjectsFolderForIt(string testProject, string sourceProject, string sourceFolder, string expected)
    {
        Assert.Equal(expected, MirroredFolder(testProject, sourceProject, sourceFolder));
    }

    /// <summary>
    /// Where a test of a class in <paramref name="sourceFolder"/> of <paramref name="sourceProject"/> belongs (ADR 0116):
    /// Core's folders sit at a test project's root, Web's under Web/, and Infrastructure's under Infrastructure/ in the
    /// unit tests but at the root of the integration tests, whose subject Infrastructure is.
    /// </summary>
    private static string MirroredFolder(string testProject, string sourceProject, string sourceFolder)
    {
        var prefix = sourceProject switch
        {
            "ImgPortal.Core" => "",
            "ImgPortal.Infrastructure" when testProject == "ImgPortal.IntegrationTests" => "",
            _ => sourceProject["ImgPortal.".Length..],
        };
        return string.Join('/', new[] { prefix, sourceFolder }.Where(part => part.Length > 0));
    }

    private static IEnumerable<string> SourceFiles(string projectRoot) =>
        Directory.EnumerateFiles(projectRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Relative(projectRoot, f).Split('/').Any(part => part is "bin" or "obj" or "Migrations"));

    private static string Folder(string projectRoot, string file)
    {
        var folder = Path.GetDirectoryName(Relative(projectRoot, file)) ?? "";
        return folder.Replace('\\', '/');
    }

    private static string Relative(string projectRoot, string file) =>
        Path.GetRelativePath(projectRoot, file).Replace('\\', '/');

    [GeneratedRegex(@"^public (?:sealed |static |abstract )*(?:partial )?class (?<name>\w+Tests)\b", RegexOptions.Multiline)]
    private static partial Regex TestClass();
}
