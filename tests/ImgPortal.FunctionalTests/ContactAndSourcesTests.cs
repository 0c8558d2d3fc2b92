using System.Net;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests;

public sealed class ContactAndSourcesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Get_Contact_EveryPhoneNumberIsAnInternationalTelLink()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/contact");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var phones = page.Document.QuerySelectorAll("main a[href^='tel:']").ToList();
        Assert.Contains(phones, a => a.GetAttribute("href") == "tel:+15164886100;ext=383" && a.TextContent == "+1 (516) 488-6100, ext. 383");
        Assert.Contains(phones, a => a.GetAttribute("href") == "tel:+15164886100;ext=389" && a.TextContent == "+1 (516) 488-6100, ext. 389");
        Assert.All(phones, a => Assert.StartsWith("tel:+1", a.GetAttribute("href")));
        Assert.DoesNotContain("516-488-6100", page.MainText);
    }

    [Fact]
    public async Task Get_Contact_NamesOfficeHoursWithTimeZoneAndMarksTheUnpublishedEmailUnknown()
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/contact");

        var cards = page.Document.QuerySelectorAll("main .card-body").Select(c => HtmlPage.Fold(c.TextContent)).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, text => Assert.Contains("Office hours:", text));
        Assert.All(cards, text => Assert.Contains("Eastern Time", text));
        Assert.All(cards, text => Assert.Contains("E-mail: not published (unknown)", text));
    }

    [Theory]
    [InlineData("/credentialing", "ECFMG", "https://www.ecfmg.org/")]
    [InlineData("/credentialing", "State Education Department", "https://www.op.nysed.gov/")]
    [InlineData("/echo", "ECHO", "https://www.ecfmg.org/echo/")]
    [InlineData("/residency", "NRMP", "https://www.nrmp.org/")]
    public async Task Get_GuidancePage_LinksTheOrganizationToItsOfficialWebsite(string url, string name, string website)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        var links = page.Document.QuerySelectorAll("main a.org-link").ToList();
        Assert.Contains(links, a => a.TextContent == name && a.GetAttribute("href") == website);
        Assert.Equal(links.Count, links.Select(a => a.GetAttribute("href")).Distinct().Count());
    }
}
