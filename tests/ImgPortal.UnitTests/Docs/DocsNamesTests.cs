using System.Text.RegularExpressions;

namespace ImgPortal.UnitTests.Docs;

/// <summary>
/// Every type the documentation names in backticks still exists: a rename or a deletion in <c>src/</c> that leaves
/// <c>docs/</c>, <c>README.md</c> or <c>tests/README.md</c> naming the old type fails here. The accepted ADRs in
/// <c>docs/decisions/</c> are records of their day (they name the types a decision replaced) and are not read.
/// </summary>
public sealed partial class DocsNamesTests
{
    /// <summary>Framework, library, platform and configuration names the docs mention; not declared in this repository.</summary>
    private static readonly HashSet<string> ExternalNames =
    [
        "AllowedHosts", "AuthorizeFilter", "AutoValidateAntiforgeryTokenAttribute", "DateOnly", "DbContext", "DbSet",
        "DbUpdateConcurrencyException", "FakeTimeProvider", "ForwardedHeaders", "HasMaxLength", "HttpClient", "IHttpClientFactory", "IEntityTypeConfiguration", "IOptions",
        "IdentityDbContext", "IdentityUser", "ImgPortal", "KnownNetworks", "MapStaticAssets", "OnValidatePrincipal", "PeriodicTimer",
        "RequestPath", "SaveChangesInterceptor", "SignInManager", "TimeProvider", "UseSerilogRequestLogging", "UserManager",
        "UpdateData", "UserSecretsId", "VmHWM",
    ];

    [Fact]
    public void Docs_NameOnlyTypesThatExistInTheRepository()
    {
        var root = RepositoryRoot();
        var declared = DeclaredNames(SourceFiles(root).Select(File.ReadAllText));
        declared.UnionWith(ExternalNames);

        var missing = DocFiles(root)
            .SelectMany(file => MissingNames(File.ReadAllText(file), declared)
                .Select(name => $"{Path.GetRelativePath(root, file)}: `{name}`"))
            .ToList();

        Assert.True(missing.Count == 0,
            "These names in backticks are neither declared in src/ or tests/ nor on the allow-list of framework names "
            + "in DocsNamesTests; update the docs (or, for a framework type, the list):\n" + string.Join('\n', missing));
    }

    [Fact]
    public void TypeLikeNames_BacktickedPascalCaseAndInterfaces_AreFoundWithoutTheirTypeArguments()
    {
        var names = TypeLikeNames("The `OutboxDispatcher` calls `IAppDbContext` and `RecordType<TEntity>`; `IVersioned` too.");

        Assert.Equal(["OutboxDispatcher", "IAppDbContext", "RecordType", "IVersioned"], names);
    }

    [Fact]
    public void TypeLikeNames_PathsKeysMembersWordsAndFencedCode_AreIgnored()
    {
        const string markdown = """
            `Views/Shared/_Pager.cshtml`, `Database:Provider`, `Outcome.Conflict`, `Pending`, `no-store`,
            `/staff/pages/{id}`, `two words`, `_BarChart`, `SQLite`, `INCR`.

            ```
            `InsideAFence`
            ```
            """;

        Assert.Empty(TypeLikeNames(markdown));
    }

    [Fact]
    public void DeclaredNames_TypesMembersAndEnumValues_AreCollected()
    {
        const string source = """
            public sealed class OutboxDispatcher(IEmailSender sender) { public int MaxAttempts { get; init; } }
            internal record struct PageLink(string Slug);
            public interface IVersioned { }
            public enum PairingStatus { Proposed, Accepted = 2, [Obsolete] Ended }
            """;

        var names = DeclaredNames([source]);

        Assert.Superset(new HashSet<string> { "OutboxDispatcher", "MaxAttempts", "PageLink", "IVersioned", "PairingStatus", "Proposed", "Accepted", "Ended" }, names);
    }

    [Fact]
    public void MissingNames_AMadeUpTypeName_IsReportedAndADeclaredOneIsNot()
    {
        var declared = DeclaredNames(["public sealed class MentorRosterService { }"]);

        var missing = MissingNames("`MentorRosterService` sends it; `NoSuchWidgetFactory` renders it.", declared);

        Assert.Equal(["NoSuchWidgetFactory"], missing);
    }

    /// <summary>Names in backticks that look like C# types: two PascalCase humps or an <c>I</c>-interface, no dots, slashes or spaces.</summary>
    internal static List<string> TypeLikeNames(string markdown) =>
        InlineCode().Matches(FencedBlock().Replace(markdown, string.Empty))
            .Select(m => TypeName().Match(m.Groups[1].Value))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

    /// <summary>Type names (class, record, interface, struct, enum), member names and enum values declared in C# source text.</summary>
    internal static HashSet<string> DeclaredNames(IEnumerable<string> sources)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            names.UnionWith(TypeDeclaration().Matches(source).Select(m => m.Groups[1].Value));
            names.UnionWith(MemberDeclaration().Matches(source).Select(m => m.Groups[1].Value));
            foreach (Match body in EnumBody().Matches(source))
            {
                names.UnionWith(EnumValue().Matches(Attribute().Replace(body.Groups[1].Value, string.Empty)).Select(m => m.Groups[1].Value));
            }
        }

        return names;
    }

    internal static List<string> MissingNames(string markdown, IReadOnlySet<string> declared) =>
        TypeLikeNames(markdown).Where(name => !declared.Contains(name)).Distinct().ToList();

    /// <summary>The folder holding ImgPortal.sln, found upwards from the test binaries.</summary>
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ImgPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ImgPortal.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> DocFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(root, f).Replace('\\', '/').StartsWith("docs/decisions/", StringComparison.Ordinal))
            .Append(Path.Combine(root, "README.md"))
            .Append(Path.Combine(root, "tests", "README.md"))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { "src", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedBlock();

    [GeneratedRegex(@"`([^`\n]+)`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^((?:I[A-Z][a-z]|[A-Z][a-z0-9]+[A-Z])[A-Za-z0-9]*)(?:<[^<>]*>)?$")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"\b(?:class|record|interface|struct|enum)\s+([A-Z]\w*)")]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b(?:public|internal|protected|private)\b[^;={(\n]*?\b([A-Z]\w*)\s*(?:[{(=;]|=>)")]
    private static partial Regex MemberDeclaration();

    [GeneratedRegex(@"\benum\s+\w+[^{]*\{([^}]*)\}")]
    private static partial Regex EnumBody();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"(?:^|,)\s*(?://[^\n]*\s*)*([A-Z]\w*)")]
    private static partial Regex EnumValue();
}
