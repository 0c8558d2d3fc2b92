using ImgPortal.Core.Content;

namespace ImgPortal.UnitTests.Content;

public sealed class PageContentsTests
{
    [Theory]
    [InlineData("Who qualifies", "who-qualifies")]
    [InlineData("The petition's figures (March 2020)", "the-petitions-figures-march-2020")]
    [InlineData("  Plan your visa early!  ", "plan-your-visa-early")]
    [InlineData("Études à l'étranger", "etudes-a-letranger")]
    [InlineData("???", "section")]
    public void For_Heading_GivesLowercaseHyphenatedAnchor(string heading, string expected)
    {
        var anchor = SectionAnchors.For(heading);

        Assert.Equal(expected, anchor);
    }

    [Fact]
    public void For_VeryLongHeading_CutsTheAnchorWithoutATrailingHyphen()
    {
        var anchor = SectionAnchors.For(string.Join(' ', Enumerable.Repeat("word", 40)));

        Assert.True(anchor.Length <= SectionAnchors.MaxLength);
        Assert.False(anchor.EndsWith('-'));
    }

    [Fact]
    public void For_PageWithStepsSectionsAndRecords_ListsThemInPageOrderWithStepsNested()
    {
        var page = Page(
            PageFeature.WaiverFigures,
            new SectionDetail(SectionKind.Step, 1, "Check your eligibility", ""),
            new SectionDetail(SectionKind.Step, 2, "Plan your visa early", ""),
            new SectionDetail(SectionKind.Section, 3, "New York specifics", ""));

        var contents = PageContents.For(page);

        Assert.Equal(["steps-heading", "new-york-specifics", "waiver-figures"], contents.Select(e => e.Anchor));
        Assert.Equal(["check-your-eligibility", "plan-your-visa-early"], contents[0].Children.Select(e => e.Anchor));
        Assert.Equal("State 30 slot tracker", contents[2].Text);
    }

    [Fact]
    public void For_ShortPage_HasNoContents()
    {
        var page = Page(PageFeature.None, new SectionDetail(SectionKind.Section, 1, "Only one", ""));

        var contents = PageContents.For(page);

        Assert.Empty(contents);
    }

    private static GuidancePageDetail Page(PageFeature feature, params SectionDetail[] sections) =>
        new("p", "Title", "Summary", "<p>Body</p>", "Source", new DateOnly(2026, 1, 1), feature, sections, [], [], [], []);
}
