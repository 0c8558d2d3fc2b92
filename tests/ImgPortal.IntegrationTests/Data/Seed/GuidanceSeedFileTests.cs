using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data.Seed;

namespace ImgPortal.IntegrationTests.Data.Seed;

/// <summary>The starter guidance's Markdown files and their small front matter (ADR 0088): what they read as, and how a broken one fails.</summary>
public sealed class GuidanceSeedFileTests
{
    private const string Valid = """
        ---
        slug: example
        title: An example: with a colon
        navigation: Example
        summary: One line.
        feature: ContactPoints
        source: A source line
        reviewed: 2026-12-07
        order: 40
        ---
        The body.

        Second paragraph.

        ---
        step: First step
        order: 10
        cycle: 2027 Match
        sources:
        - https://example.org/a | A | 2026-12-07
        - https://example.org/b | B | 2026-12-07
        ---
        Step text.
        ---
        section: Plain section
        order: 20
        ---
        Section text.
        """;

    [Fact]
    public void Parse_ValidFile_ReadsThePageAndItsSectionsAsWritten()
    {
        var page = GuidanceSeedFile.Parse("example.md", Valid);

        Assert.Equal("example", page.Slug);
        Assert.Equal("An example: with a colon", page.Title);
        Assert.Equal("Example", page.NavigationLabel);
        Assert.Equal(PageFeature.ContactPoints, page.Feature);
        Assert.Equal(new DateOnly(2026, 12, 7), page.LastReviewedOn);
        Assert.Equal(40, page.SortOrder);
        Assert.Equal("The body.\n\nSecond paragraph.", page.BodyMarkdown);
        Assert.Collection(
            page.Sections,
            step =>
            {
                Assert.Equal((SectionKind.Step, 10, "First step", "2027 Match"), (step.Kind, step.SortOrder, step.Heading, step.Cycle));
                Assert.Equal("https://example.org/a | A | 2026-12-07\nhttps://example.org/b | B | 2026-12-07", step.Sources);
                Assert.Equal("Step text.", step.BodyMarkdown);
            },
            section =>
            {
                Assert.Equal((SectionKind.Section, 20, "Plain section", string.Empty, string.Empty), (section.Kind, section.SortOrder, section.Heading, section.Cycle, section.Sources));
                Assert.Equal("Section text.", section.BodyMarkdown);
            });
    }

    [Fact]
    public void Parse_WindowsLineEndings_ReadTheSameAsUnixOnes()
    {
        var page = GuidanceSeedFile.Parse("example.md", Valid.ReplaceLineEndings("\r\n"));

        Assert.Equal("The body.\n\nSecond paragraph.", page.BodyMarkdown);
    }

    [Theory]
    [InlineData("---\nslug: example", "slug: example", 1, "start with a front matter block")]
    [InlineData("order: 40", "order: 40\norder: 41", 10, "appears twice")]
    [InlineData("order: 40", "order: forty", 9, "whole number")]
    [InlineData("reviewed: 2026-12-07", "reviewed: December 7, 2026", 8, "yyyy-MM-dd")]
    [InlineData("feature: ContactPoints", "feature: Contacts", 6, "\"feature\" must be one of")]
    [InlineData("feature: ContactPoints", "colour: blue", 6, "\"colour\" is not a page key")]
    [InlineData("summary: One line.", "summary:  One line.", 5, "starts or ends with a space")]
    [InlineData("summary: One line.", "", 5, "expected \"key: value\"")]
    [InlineData("cycle: 2027 Match", "- https://example.org/c | C | 2026-12-07", 18, "may only follow \"sources:\"")]
    [InlineData("section: Plain section", "cycle: 2027 Match", 24, "needs exactly one of")]
    [InlineData("title: An example: with a colon\n", "", 1, "has no \"title:\"")]
    public void Parse_BrokenFile_FailsNamingTheFileAndTheLine(string find, string replace, int line, string problem)
    {
        var text = Valid.Replace(find, replace, StringComparison.Ordinal);

        var error = Assert.Throws<SeedFileException>(() => GuidanceSeedFile.Parse("broken.md", text));

        Assert.Equal(line, error.Line);
        Assert.StartsWith($"The guidance seed file broken.md, line {line}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlockNeverClosed_FailsAtTheLineThatOpenedIt()
    {
        var error = Assert.Throws<SeedFileException>(() => GuidanceSeedFile.Parse("open.md", "---\nslug: a\ntitle: b"));

        Assert.Equal(1, error.Line);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_EveryEmbeddedFile_ReadsWithUniqueSlugsAndOrders()
    {
        var pages = ContentSeed.Pages();

        Assert.Equal(9, pages.Count);
        Assert.Equal(pages.Count, pages.Select(p => p.Slug).Distinct().Count());
        Assert.All(pages, page => Assert.Equal(page.Sections.Count, page.Sections.Select(s => s.SortOrder).Distinct().Count()));
    }
}
