using AngleSharp.Html.Parser;
using ImgPortal.Core.Content;

namespace ImgPortal.UnitTests.Content;

public sealed class OrganizationLinkerTests
{
    private static readonly OrganizationDetail Fcvs = new(
        "Federation Credentials Verification Service (Federation of State Medical Boards)", "FCVS", "Verifies records.",
        "https://www.fsmb.org/fcvs/", "Federation Credentials Verification Service");

    private static readonly OrganizationDetail Nysdoh = new(
        "New York State Department of Health", "NYSDOH", "Runs State 30.", "https://www.health.ny.gov/professionals/j-1_visa_waivers/", "State 30");

    [Fact]
    public void Link_NameMentionedTwice_LinksOnlyTheFirstMentionToTheWebsite()
    {
        var linker = new OrganizationLinker([Fcvs]);

        var html = linker.Link("<p>Start with FCVS early.</p><p>FCVS will not remind you.</p>");

        var links = Links(html);
        Assert.Single(links);
        Assert.Equal(("FCVS", "https://www.fsmb.org/fcvs/"), links[0]);
    }

    [Fact]
    public void Link_LaterPartOfThePage_DoesNotLinkAnOrganizationLinkedEarlier()
    {
        var linker = new OrganizationLinker([Fcvs, Nysdoh]);

        linker.Link("<p>The FCVS profile.</p>");
        var later = linker.Link("<p>FCVS and the State 30 program.</p>");

        Assert.Equal([("State 30", Nysdoh.WebsiteUrl)], Links(later));
    }

    [Fact]
    public void Link_TextInHeadingsLinksOrCode_IsLeftAlone()
    {
        var linker = new OrganizationLinker([Fcvs]);

        var html = linker.Link("<h2>FCVS</h2><p><code>FCVS</code> <a href=\"/credentialing\">FCVS steps</a></p>");

        Assert.Equal([("FCVS steps", "/credentialing")], Links(html));
    }

    [Fact]
    public void Link_StaffAlreadyLinkedTheWebsite_CountsAsTheFirstMention()
    {
        var linker = new OrganizationLinker([Fcvs]);

        var html = linker.Link("<p>See <a href=\"https://www.fsmb.org/fcvs/\">the service</a>; FCVS is slow.</p>");

        Assert.Single(Links(html));
    }

    [Fact]
    public void Link_NameInsideALongerWord_IsNotLinked()
    {
        var linker = new OrganizationLinker([Fcvs]);

        var html = linker.Link("<p>FCVSX and pre-FCVS are not names.</p>");

        Assert.Empty(Links(html));
    }

    [Fact]
    public void Link_OrganizationWithoutAWebAddress_IsNotLinked()
    {
        var linker = new OrganizationLinker([Fcvs with { WebsiteUrl = "javascript:alert(1)" }]);

        var html = linker.Link("<p>FCVS</p>");

        Assert.Empty(Links(html));
    }

    [Fact]
    public void Link_MarkupAroundTheMention_IsKept()
    {
        var linker = new OrganizationLinker([Nysdoh]);

        var html = linker.Link("<p>Apply to the <strong>New York State Department of Health</strong> & wait.</p>");

        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("New York State Department of Health", document.QuerySelector("strong > a.org-link")?.TextContent);
        Assert.Equal("Apply to the New York State Department of Health & wait.", document.Body!.TextContent);
    }

    private static List<(string Text, string Href)> Links(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a")
            .Select(a => (a.TextContent, a.GetAttribute("href")!))
            .ToList();
}
