using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests;

/// <summary>Search as people type it: variants, acronyms, questions; highlighted, linked to the section, suggestions when empty.</summary>
public sealed class SearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("J1 waiver", "/j1-waiver")]
    [InlineData("j-1 waiver", "/j1-waiver")]
    // The State 30 program is run by the New York State Department of Health: its page is where NYSDOH leads.
    [InlineData("NYSDOH", "/j1-waiver")]
    [InlineData("who to call", "/contact")]
    public async Task Search_WhatPeopleType_PutsTheRightPageFirst(string query, string firstPage)
    {
        var page = await SearchAsync(query);

        Assert.Equal(firstPage, Paths(page).FirstOrDefault()?.Split('#')[0]);
    }

    [Fact]
    public async Task Search_EcfmgAcronym_FindsTheResidencyGuidance()
    {
        var page = await SearchAsync("ECFMG");

        Assert.Contains("/residency", Paths(page).Select(p => p.Split('#')[0]));
    }

    [Fact]
    public async Task Search_LicenseAndLicence_FindTheSamePages()
    {
        var us = await SearchAsync("license");
        var uk = await SearchAsync("licence");

        Assert.NotEmpty(Paths(us));
        Assert.Equal(Paths(us).Select(p => p.Split('#')[0]).Order(), Paths(uk).Select(p => p.Split('#')[0]).Order());
    }

    [Fact]
    public async Task Search_Step2CkOrStep2_BothFindTheResidencyGuidance()
    {
        var ck = await SearchAsync("Step 2 CK");
        var step2 = await SearchAsync("Step 2");

        Assert.NotEmpty(Paths(ck));
        Assert.Equal(Paths(step2).Select(p => p.Split('#')[0]).Order(), Paths(ck).Select(p => p.Split('#')[0]).Order());
    }

    [Fact]
    public async Task Search_Match_IsHighlightedEncodedAndLinksToTheMatchingSection()
    {
        var page = await SearchAsync("Sourcebook");

        var hit = page.Document.QuerySelector(".search-hit")!;
        Assert.Contains(hit.QuerySelectorAll("mark"), m => m.TextContent.Equals("Sourcebook", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("/residency#the-img-sourcebook", hit.QuerySelector("h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_MarkupInTheQuery_IsShownAsTextNeverAsMarkup()
    {
        var page = await SearchAsync("<b>waiver</b>");

        Assert.Empty(page.Document.QuerySelectorAll("main b"));
        Assert.Contains("<b>waiver</b>", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_NothingMatches_SuggestsTheClosestPages()
    {
        var page = await SearchAsync("waiver zanzibar");

        Assert.Empty(page.Document.QuerySelectorAll(".search-hit"));
        var suggested = page.Document.QuerySelectorAll("#closest-pages a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/j1-waiver", suggested);
    }

    [Fact]
    public async Task Search_GlossaryTerm_IsListedWithAGlossaryLabelLinkingToTheTerm()
    {
        var page = await SearchAsync("USCE");

        var hit = page.Document.QuerySelectorAll(".glossary-hit").Single(h => h.QuerySelector("a")!.TextContent == "USCE");
        Assert.Equal("/glossary#usce", hit.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Glossary", hit.QuerySelector(".badge")!.TextContent);
    }

    [Fact]
    public async Task Search_NothingMatches_OffersTheGlossary()
    {
        var page = await SearchAsync("zanzibar xylophonist");

        Assert.Contains(page.Document.QuerySelectorAll("#glossary-hits a"), a => a.GetAttribute("href") == "/glossary");
    }

    private async Task<HtmlPage> SearchAsync(string query) =>
        await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/search?q=" + Uri.EscapeDataString(query));

    private static List<string> Paths(HtmlPage page) =>
        page.Document.QuerySelectorAll(".search-hit h2 a").Select(a => a.GetAttribute("href")!).ToList();
}
