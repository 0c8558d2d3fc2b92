using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Sources;

/// <summary>
/// Sources people trust, on every seeded public page and the glossary (ADR 0080): nothing reads as a note to staff, no
/// raw web address sits in the reading text, no link goes to a content-system or pre-production host, and every source
/// line from a law firm, tracker, blog or news site says "(secondary source)" in its title.
/// </summary>
public sealed partial class PublicSourcesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Hosts of FSMB's content system and its integration copy, and other hosts the public cannot reach.</summary>
    private static readonly string[] NonPublicHostMarkers =
        ["dxcloud.episerver.net", "episerver.net", "localhost", "127.0.0.1", ".internal", "staging.", "preprod", "inte."];

    /// <summary>Law firms, bill trackers, blogs, news and copy sites the portal has cited: never the rule-maker.</summary>
    private static readonly string[] SecondaryHosts =
    [
        "abilblog.com", "ailc.com", "alston.com", "augustnetwork.com", "bakerdonelson.com", "bellnunnally.com",
        "berardiimmigrationlaw.com", "billtrack50.com", "brunerlawgroup.com", "chwsny.org", "citizenportal.ai",
        "everycrsreport.com", "fordmurraylaw.com", "fragomen.com", "govroll.com", "govtracklive.on-forge.com",
        "greencardapply.com", "harrisbeach.com", "hmep-hith.jp", "immigrationattorneyvisa.com", "j1visawaiver.net",
        "jackson-hertogs.com", "jimgs.com", "kmhimmigration.com", "legalclarity.org", "legilist.com", "legiplex.com",
        "lippes.com", "matcharesident.com", "medprocentral.com", "meltzerhellrung.com", "mondaq.com", "mybillboard.org",
        "nina.az", "nixonpeabody.com", "particle.news", "policybrief.co", "publicsource.app", "quantaprep.com",
        "scribd.com", "staffreliefinc.com", "visalaw.com", "visaverge.com",
    ];

    public static TheoryData<string> PublicPaths()
    {
        var paths = new TheoryData<string>();
        foreach (var page in ContentSeed.Pages())
        {
            paths.Add("/" + page.Slug);
        }

        paths.Add("/glossary");
        return paths;
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Get_PublicPage_HasNoNoteToStaff(string path)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), path);

        var match = InternalNote().Match(page.MainText);
        Assert.False(match.Success, $"{path} reads as a note to staff: \"{match.Value}\".");
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Get_PublicPage_HasNoRawWebAddressInItsText(string path)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), path);

        var match = RawUrl().Match(page.MainText);
        Assert.False(match.Success, $"{path} shows a raw web address in its text: {match.Value}");
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Get_PublicPage_LinksToNoNonPublicHost(string path)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), path);

        var hosts = page.Document.QuerySelectorAll("main a[href^=http]").Select(a => new Uri(a.GetAttribute("href")!).Host).ToList();
        Assert.NotEmpty(hosts);
        foreach (var host in hosts)
        {
            Assert.False(IsNonPublic(host), $"{path} links to {host}, which is not the organization's public site.");
        }
    }

    [Theory]
    [MemberData(nameof(PublicPaths))]
    public async Task Get_PublicPage_LabelsEverySecondarySourceLine(string path)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), path);

        foreach (var link in SourceLinks(page.Document))
        {
            var host = new Uri(link.GetAttribute("href")!).Host;
            Assert.True(
                !IsSecondary(host) || link.TextContent.Contains(ContentSeed.SecondaryLabel, StringComparison.Ordinal),
                $"{path}: the source \"{HtmlPage.Fold(link.TextContent)}\" at {host} is a secondary source and is not labelled {ContentSeed.SecondaryLabel}.");
        }
    }

    [Theory]
    [InlineData("fsmb01mstr63nn9inte.dxcloud.episerver.net", true)]
    [InlineData("fsmb01mstr63nn9prod.dxcloud.episerver.net", true)]
    [InlineData("www.fsmb.org", false)]
    public void IsNonPublic_ContentSystemHost_IsCaught(string host, bool expected)
    {
        Assert.Equal(expected, IsNonPublic(host));
    }

    [Theory]
    [InlineData("Marked unknown until staff read the full release.", true)]
    [InlineData("TODO: check the 2027 booklet", true)]
    [InlineData("No source we checked says how it ruled, as of December 6, 2026.", false)]
    public void InternalNote_StaffNote_IsCaughtAndAStatedUnknownIsNot(string text, bool expected)
    {
        Assert.Equal(expected, InternalNote().IsMatch(text));
    }

    [Theory]
    [InlineData("Read https://www.fsmb.org/fcvs/ first.", true)]
    [InlineData("See www.ecfmg.org for details.", true)]
    [InlineData("The employer pays it through pay.gov before filing.", false)]
    public void RawUrl_AddressInText_IsCaught(string text, bool expected)
    {
        Assert.Equal(expected, RawUrl().IsMatch(text));
    }

    /// <summary>The links in source lines: each section's and step's sources, and each glossary entry's source.</summary>
    private static IEnumerable<IElement> SourceLinks(IDocument document) =>
        document.QuerySelectorAll("main .section-sources a, main .step-sources a, main .glossary-terms dd p.small a");

    private static bool IsNonPublic(string host) =>
        NonPublicHostMarkers.Any(marker => host.Contains(marker, StringComparison.OrdinalIgnoreCase));

    private static bool IsSecondary(string host) =>
        SecondaryHosts.Any(s => host.Equals(s, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + s, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(until staff|staff (will|should|must|need to) (read|check|confirm|verify)|note to (staff|self|editors?)|editor's note|TODO|FIXME|TBD|to be confirmed by staff)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InternalNote();

    [GeneratedRegex(@"(https?://|\bwww\.)[^\s)]+", RegexOptions.IgnoreCase)]
    private static partial Regex RawUrl();
}
