using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Staff;

/// <summary>Every section and step carries its own sources with the day they were checked, and its Match cycle (issue 10, item 7).</summary>
public sealed class SectionSourcesPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Editor = "#page-editor";

    [Fact]
    public async Task Residency_SeededStep_ShowsItsCycleAndItsOwnDatedSources()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/residency");

        var step = page.Document.QuerySelectorAll("main ol.steps > li")
            .Single(li => li.QuerySelector("h3")!.TextContent.Contains("Meet the exam requirements by the Match deadline", StringComparison.Ordinal));
        Assert.Equal("2027 Match", step.QuerySelector("h3 .cycle-label")?.TextContent.Trim());
        var sources = step.QuerySelector(".section-sources")!;
        Assert.StartsWith("Sources:", sources.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Matches(@"checked (November|December) \d{1,2}, 2026", sources.TextContent);
        Assert.Contains(sources.QuerySelectorAll("a"), a => a.GetAttribute("href")!.StartsWith("https://www.nrmp.org/", StringComparison.Ordinal));
        Assert.DoesNotContain("*Sources:", step.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishSectionSources_VisitorSeesEachSourceWithItsCheckedDateAndTheCycle()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "j1-waiver");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.Sections[0].Sources"] = "https://www.state.gov/j1-waiver | Department of State: waivers | 2026-01-15\nhttps://www.uscis.gov/ | USCIS | 2026-02-03",
            ["Input.Sections[0].Cycle"] = "FY 2027",
        });
        Assert.Contains("Draft saved", draft.MainText, StringComparison.Ordinal);

        await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/j1-waiver");
        var section = page.Document.QuerySelectorAll("main section")
            .First(s => s.QuerySelector(".section-sources") is not null && s.QuerySelector(".cycle-label") is not null);
        Assert.Equal("FY 2027", section.QuerySelector(".cycle-label")!.TextContent.Trim());
        Assert.Equal(
            "Sources: Department of State: waivers, checked January 15, 2026; USCIS, checked February 3, 2026.",
            Normalize(section.QuerySelector(".section-sources")!.TextContent));
        Assert.Equal("https://www.state.gov/j1-waiver", section.QuerySelector(".section-sources a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SaveDraft_BadSourceLine_ReshowsWhatWasTypedWithAMessageByTheField()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");

        var refused = await editor.SubmitAllAsync(staff, Editor, new Dictionary<string, string>
        {
            ["Input.Sections[0].Sources"] = "ecfmg.org | ECFMG | 2026-11-20",
        });

        Assert.Equal("ecfmg.org | ECFMG | 2026-11-20", refused.Document.QuerySelector("textarea[name='Input.Sections[0].Sources']")?.TextContent.Trim());
        Assert.Contains(
            "Line 1: give a full web address",
            refused.Document.QuerySelector("[data-valmsg-for='Input.Sections[0].Sources']")?.TextContent,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Draft saved", refused.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roadmap_StepWithItsOwnSources_ShowsThemWithTheCheckedDate()
    {
        var (client, _, _) = await MemberAsync(factory);

        var roadmap = await HtmlPage.GetAsync(client, "/roadmap");

        var sources = roadmap.Document.QuerySelector("#step-ecfmg-certification .step-sources");
        Assert.NotNull(sources);
        Assert.Contains("ECFMG accreditation requirement, checked November 26, 2026", Normalize(sources.TextContent), StringComparison.Ordinal);
    }

    private static string Normalize(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Replace(" ;", ";", StringComparison.Ordinal).Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal).Trim();
}
