using AngleSharp.Html.Parser;
using ImgPortal.Core.Glossary;

namespace ImgPortal.UnitTests.Glossary;

public sealed class GlossaryLinkerTests
{
    private static readonly string[] Terms = ["ECFMG", "SOAP", "ROL", "J-1", "MUA/P", "Flex slot", "USMLE Step 2 CK", "USMLE"];

    private static List<(string Href, string Text)> Links(string html) =>
        new HtmlParser().ParseDocument("<body>" + html + "</body>")
            .QuerySelectorAll("a." + GlossaryLinker.LinkClass)
            .Select(a => (a.GetAttribute("href")!, a.TextContent))
            .ToList();

    [Fact]
    public void Link_TermUsedTwice_LinksOnlyTheFirstUse()
    {
        var linker = new GlossaryLinker(Terms);

        var html = linker.Link("<p>Apply to ECFMG first.</p><p>ECFMG then checks your school.</p>");

        Assert.Equal([("/glossary#ecfmg", "ECFMG")], Links(html));
        Assert.StartsWith("<p>Apply to <a", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_TermInHeadingLinkOrCode_IsSkippedAndTheNextUseLinked()
    {
        var linker = new GlossaryLinker(Terms);

        var html = linker.Link(
            "<h2>ECFMG</h2><p><a href=\"https://ecfmg.org\">ECFMG site</a> <code>ECFMG</code></p><pre>ECFMG</pre><p>Ask ECFMG.</p>");

        var links = Links(html);
        Assert.Equal([("/glossary#ecfmg", "ECFMG")], links);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("Ask ECFMG.", document.QuerySelector("a.glossary-term")!.ParentElement!.TextContent);
        Assert.Equal("ECFMG", document.QuerySelector("h2")!.InnerHtml);
    }

    [Fact]
    public void Link_TermInsideAnotherWordOrInOtherCase_IsNotLinked()
    {
        var linker = new GlossaryLinker(Terms);

        var html = linker.Link("<p>Your role, some soap, and ECFMGX are not terms.</p>");

        Assert.Empty(Links(html));
        Assert.Equal("<p>Your role, some soap, and ECFMGX are not terms.</p>", html);
    }

    [Fact]
    public void Link_SeveralWordTermWithSmallFirstLetter_LinksToTheTerm()
    {
        var linker = new GlossaryLinker(Terms);

        var html = linker.Link("<p>Ten of them are a flex slot each.</p>");

        Assert.Equal([("/glossary#flex-slot", "flex slot")], Links(html));
    }

    [Fact]
    public void Link_LongerTermAtTheSamePlace_WinsOverTheShorterOne()
    {
        var linker = new GlossaryLinker(Terms);

        var html = linker.Link("<p>Pass USMLE Step 2 CK, then more USMLE exams.</p>");

        Assert.Equal([("/glossary#usmle-step-2-ck", "USMLE Step 2 CK"), ("/glossary#usmle", "USMLE")], Links(html));
    }

    [Fact]
    public void Link_TermsWithPunctuation_MatchAsWholeTermsAndGetTheirAnchors()
    {
        var linker = new GlossaryLinker(Terms);

        var html = linker.Link("<p>A J-1 doctor in an MUA/P (see SOAP).</p>");

        Assert.Equal([("/glossary#j-1", "J-1"), ("/glossary#mua-p", "MUA/P"), ("/glossary#soap", "SOAP")], Links(html));
    }

    [Fact]
    public void Link_SecondFragmentOfTheSamePage_DoesNotLinkATermAgain()
    {
        var linker = new GlossaryLinker(Terms);

        var first = linker.Link("<p>ECFMG.</p>");
        var second = linker.Link("<p>ECFMG and SOAP.</p>");

        Assert.Single(Links(first));
        Assert.Equal([("/glossary#soap", "SOAP")], Links(second));
        Assert.Equal(["ECFMG", "SOAP"], linker.Linked.Order().ToArray());
    }

    [Fact]
    public void Link_TextWithMarkupCharacters_KeepsThemEncoded()
    {
        var linker = new GlossaryLinker(Terms);

        var html = linker.Link("<p>ECFMG &amp; &lt;script&gt;</p>");

        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Single(Links(html));
    }

    [Fact]
    public void Link_NoTerms_ReturnsTheHtmlUnchanged()
    {
        var linker = new GlossaryLinker([]);

        var html = linker.Link("<p>ECFMG</p>");

        Assert.Equal("<p>ECFMG</p>", html);
    }
}
