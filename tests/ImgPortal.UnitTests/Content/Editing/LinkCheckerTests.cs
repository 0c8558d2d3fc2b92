using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.UnitTests.Content.Editing;

public sealed class LinkCheckerTests
{
    private static readonly LinkTargets Targets = new(
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "residency", "echo" },
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "new-guide" },
        new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { ["old-visa"] = "/j1-waiver", ["gone"] = null },
        segment => segment is "state-pathways" or "glossary" or "mentoring" or "j1-waiver" or "search");

    [Theory]
    [InlineData("https://www.ecfmg.org/")]
    [InlineData("https://www.nrmp.org/match-data/?year=2025#top")]
    [InlineData("mailto:office@example.org")]
    [InlineData("tel:+1-212-555-0100")]
    [InlineData("#who-qualifies")]
    [InlineData("/")]
    [InlineData("/residency")]
    [InlineData("/Residency#step-2")]
    [InlineData("/echo/")]
    [InlineData("/state-pathways")]
    [InlineData("/state-pathways/tn")]
    [InlineData("/glossary#ecfmg")]
    [InlineData("/mentoring/volunteer")]
    [InlineData("/search?q=visa")]
    public void Problem_WorkingAddress_IsNull(string address) =>
        Assert.Null(LinkChecker.Problem(address, Targets));

    [Theory]
    [InlineData("http://www.ecfmg.org/", "Not secure (http:)")]
    [InlineData("/old-visa", "/old-visa is retired: visitors are sent on to /j1-waiver")]
    [InlineData("/new-guide", "/new-guide is not published yet")]
    public void Problem_WorksButDeservesACheck_IsAWarning(string address, string expected)
    {
        var problem = LinkChecker.Problem(address, Targets);

        Assert.NotNull(problem);
        Assert.False(problem.Value.Broken);
        Assert.StartsWith(expected, problem.Value.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "Removed when published: javascript: links")]
    [InlineData("JavaScript:alert(1)", "Removed when published: javascript: links")]
    [InlineData("data:text/html,hi", "Removed when published: data: links")]
    [InlineData("vbscript:msgbox", "Removed when published: vbscript: links")]
    [InlineData("ftp://files.example.org/a.pdf", "Removed when published: only https, http, mailto and tel links are kept, not ftp:")]
    [InlineData("file:///C:/notes.docx", "Removed when published: only https, http, mailto and tel links are kept, not file:")]
    [InlineData("/gone", "/gone is retired: visitors are told the page is gone")]
    [InlineData("/no-such-page", "No page of the portal answers at this address")]
    [InlineData("/residency/more", "No page of the portal answers at this address")]
    [InlineData("www.ecfmg.org", "Write the whole address")]
    [InlineData("residency", "Write the whole address")]
    [InlineData("//www.ecfmg.org", "Write the whole address")]
    [InlineData("https://", "Not a complete web address")]
    [InlineData("https://localhost", "Not a complete web address")]
    [InlineData("", "The link has no address")]
    public void Problem_BrokenAddress_IsBrokenAndSaysWhy(string address, string expected)
    {
        var problem = LinkChecker.Problem(address, Targets);

        Assert.NotNull(problem);
        Assert.True(problem.Value.Broken);
        Assert.StartsWith(expected, problem.Value.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DraftWithLinksEverywhere_ListsOnlyTheProblemsInReadingOrderWithTheirPlaceAndText()
    {
        var content = new PageContent(
            "Title",
            "Summary",
            "See [the ECFMG](https://www.ecfmg.org/) and [an old page](http://example.org/old).",
            [
                new SectionContent(SectionKind.Section, "Eligibility", "Read [the rules](/no-such-page), then <a href=\"javascript:x()\">click</a>."),
                new SectionContent(SectionKind.Step, "Apply", "Mail <office@example.org> or see <http://nrmp.org>."),
            ]);

        var problems = LinkChecker.Check(content, Targets);

        Assert.Equal(
            [
                ("Body", "an old page", "http://example.org/old", false),
                ("Section 1, “Eligibility”", "the rules", "/no-such-page", true),
                ("Section 1, “Eligibility”", "javascript:x()", "javascript:x()", true),
                ("Section 2, “Apply”", "http://nrmp.org", "http://nrmp.org", false),
            ],
            problems.Select(p => (p.Place, p.Text, p.Address, p.Broken)));
    }

    [Fact]
    public void Check_BareWebAddressInText_IsCheckedLikeALink()
    {
        var content = new PageContent("T", "S", "Details at http://www.example.org/guide today.", []);

        var problem = Assert.Single(LinkChecker.Check(content, Targets));

        Assert.Equal("http://www.example.org/guide", problem.Address);
        Assert.False(problem.Broken);
    }

    [Fact]
    public void Check_ToolbarLinkLeftAsInserted_IsBroken()
    {
        var content = new PageContent("T", "S", "[link text](https://)", []);

        var problem = Assert.Single(LinkChecker.Check(content, Targets));

        Assert.True(problem.Broken);
        Assert.Equal("link text", problem.Text);
    }

    [Fact]
    public void Check_NoLinks_IsEmpty() =>
        Assert.Empty(LinkChecker.Check(new PageContent("T", "S", "Plain **text** only.", [new SectionContent(SectionKind.Section, "H", "")]), Targets));
}
