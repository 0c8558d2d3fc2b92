using System.Net;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Glossary;

public sealed class GlossaryPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> Terms => new()
    {
        { "ECFMG", "ecfmg" }, { "Intealth", "intealth" }, { "ECHO", "echo" }, { "ERAS", "eras" }, { "NRMP", "nrmp" },
        { "SOAP", "soap" }, { "ROL", "rol" }, { "GME", "gme" }, { "ACGME", "acgme" }, { "FCVS", "fcvs" }, { "OET", "oet" },
        { "USCE", "usce" }, { "YOG", "yog" }, { "HPSA", "hpsa" }, { "MUA/P", "mua-p" }, { "Flex slot", "flex-slot" },
        { "DS-2019", "ds-2019" }, { "DS-3035", "ds-3035" }, { "J-1", "j-1" }, { "H-1B", "h-1b" },
        { "USMLE Step 1", "usmle-step-1" }, { "USMLE Step 2 CK", "usmle-step-2-ck" }, { "USMLE Step 3", "usmle-step-3" },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public async Task Get_Glossary_ListsTheTermAtItsAnchorWithASourceAndDate(string term, string anchor)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/glossary");

        var title = page.Document.GetElementById(anchor);
        Assert.NotNull(title);
        Assert.Equal("dt", title.LocalName);
        Assert.Equal(term, title.QuerySelector("dfn")?.TextContent);
        var definition = title.NextElementSibling!;
        Assert.Equal("dd", definition.LocalName);
        Assert.StartsWith("http", definition.QuerySelector("a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(definition.QuerySelector("time[datetime]"));
    }

    [Fact]
    public async Task Get_Glossary_ListsTermsAlphabeticallyWithALetterIndexLeadingToEachLetter()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/glossary");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Glossary", page.Heading);
        var terms = page.Document.QuerySelectorAll("dl.glossary-terms dfn").Select(d => d.TextContent).ToList();
        Assert.True(terms.Count >= 23, $"only {terms.Count} terms");
        Assert.Equal(terms.Order(StringComparer.OrdinalIgnoreCase), terms);
        var index = page.Document.QuerySelectorAll("nav.glossary-index a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("#letter-e", index);
        foreach (var link in index)
        {
            var section = page.Document.GetElementById(link.TrimStart('#'));
            Assert.True(section is { LocalName: "h2" }, $"{link} leads to no letter heading");
        }

        Assert.DoesNotContain("#letter-q", index);
    }

    [Fact]
    public async Task Get_GuidancePage_LinksTheFirstUseOfATermToTheGlossaryOnce()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/j1-waiver");

        var links = page.Document.QuerySelectorAll("main a.glossary-term").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains("/glossary#j-1", links);
        Assert.Equal(links.Distinct().Count(), links.Count);
        Assert.Empty(page.Document.QuerySelectorAll("main h1 a.glossary-term, main h2 a.glossary-term, main h3 a.glossary-term"));
        var glossary = await HtmlPage.GetAsync(client, "/glossary");
        foreach (var link in links)
        {
            Assert.NotNull(glossary.Document.GetElementById(link.Split('#')[1]));
        }
    }

    [Fact]
    public async Task Get_Glossary_IntealthCitesTheEcfmg2026InformationBookletCheckedDecember7()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/glossary");

        var definition = page.Document.GetElementById("intealth")!.NextElementSibling!;
        var text = HtmlPage.Fold(definition.TextContent);
        Assert.Contains("The organization that ECFMG and FAIMER belong to.", text, StringComparison.Ordinal);
        Assert.Contains("through a MyIntealth account", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2023", text, StringComparison.Ordinal);
        var source = definition.QuerySelector("a")!;
        Assert.Equal("https://www.ecfmg.org/2026ib/myintealth-id.html", source.GetAttribute("href"));
        Assert.Contains("ECFMG 2026 Information Booklet", source.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-12-07", definition.QuerySelector("time[datetime]")!.GetAttribute("datetime"));
    }
}
