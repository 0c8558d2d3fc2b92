using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.UnitTests.Content;

public sealed class SectionSourcesTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("https://www.nrmp.org/ | NRMP | 2026-11-26")]
    [InlineData("https://www.nrmp.org/ | NRMP | 2026-11-01\n\nhttps://www.ecfmg.org/ | ECFMG | 2025-01-31")]
    public void SectionSourcesProblem_EmptyOrWellFormedLines_IsNull(string? sources) =>
        Assert.Null(PageRules.SectionSourcesProblem(sources, Today));

    [Theory]
    [InlineData("https://www.nrmp.org/ NRMP 2026-11-26", "Line 1: write the address, the title and the date")]
    [InlineData("https://www.nrmp.org/ | NRMP | 2026-11-26\nnrmp.org | NRMP | 2026-11-26", "Line 2: give a full web address")]
    [InlineData("https://www.nrmp.org/ |  | 2026-11-26", "Line 1: give the source's title")]
    [InlineData("https://www.nrmp.org/ | NRMP | 11/26/2026", "Line 1: give the date it was verified")]
    [InlineData("https://www.nrmp.org/ | NRMP | 2026-11-27", "Line 1: the verified date cannot be in the future")]
    public void SectionSourcesProblem_BadLine_NamesTheLineAndTheFix(string sources, string expected) =>
        Assert.StartsWith(expected, PageRules.SectionSourcesProblem(sources, Today), StringComparison.Ordinal);

    [Fact]
    public void SectionSourcesProblem_TooLong_SaysTheLimit() =>
        Assert.Contains(
            PageRules.SectionSourcesMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture),
            PageRules.SectionSourcesProblem(new string('a', PageRules.SectionSourcesMaxLength + 1), Today),
            StringComparison.Ordinal);

    [Fact]
    public void CycleProblem_LongerThanTheLimit_SaysSoAndShortIsFine()
    {
        Assert.Null(PageRules.CycleProblem("2027 Match"));
        Assert.NotNull(PageRules.CycleProblem(new string('x', PageRules.CycleMaxLength + 1)));
    }

    [Fact]
    public void NormalizeSectionSources_SpacingAndLineEndings_StoredOneCleanLineEach() =>
        Assert.Equal(
            "https://www.nrmp.org/ | NRMP | 2026-11-26\nhttps://www.ecfmg.org/ | ECFMG | 2026-11-20",
            PageRules.NormalizeSectionSources("  https://www.nrmp.org/|NRMP|2026-11-26\r\n\r\nhttps://www.ecfmg.org/ |ECFMG| 2026-11-20 "));

    [Fact]
    public void DeserializeSections_DraftSavedBeforeSourcesExisted_ReadsWithEmptySourcesAndCycle()
    {
        var sections = PageContent.DeserializeSections("""[{"kind":1,"heading":"Old step","bodyMarkdown":"Text"}]""");

        var section = Assert.Single(sections);
        Assert.Equal("Old step", section.Heading);
        Assert.Equal(string.Empty, section.Sources);
        Assert.Equal(string.Empty, section.Cycle);
    }

    [Fact]
    public void ToComparableText_SectionWithSourcesAndCycle_ListsThemSoHistoryShowsTheirChanges()
    {
        var content = new PageContent("Title", "Summary", "Body", [new SectionContent(SectionKind.Step, "Exams", "Text", "https://www.nrmp.org/ | NRMP | 2026-11-26", "2027 Match")]);

        var text = content.ToComparableText();

        Assert.Contains("Applies to: 2027 Match", text, StringComparison.Ordinal);
        Assert.Contains("https://www.nrmp.org/ | NRMP | 2026-11-26", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceList_StoredLines_ReadAsTitledDatedSources()
    {
        var section = new SectionDetail(SectionKind.Section, 1, "Who qualifies", "<p>x</p>") { Sources = "https://www.health.ny.gov/ | NYSDOH | 2026-11-26" };

        var source = Assert.Single(section.SourceList);

        Assert.Equal("NYSDOH", source.Title);
        Assert.Equal(new DateOnly(2026, 11, 26), source.VerifiedOn);
        Assert.Equal("https://www.health.ny.gov/", source.Url.OriginalString);
    }
}
