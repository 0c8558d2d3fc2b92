using System.Net;
using ImgPortal.Core.Costs;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Costs;

/// <summary>The cost planner at <c>/costs</c>: public and script-free, pre-filled for members, as CSV, and saved to a member's own roadmap.</summary>
public sealed class CostsPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Plan =
        "/costs?step1=Done&step2ck=Ahead&step3=NotInPlan&testsabroad=true&ecfmgapplication=Done&pathway=Ahead&oet=Ahead&match=Ahead"
        + "&specialties=1&programsperspecialty=43&programsranked=20&uscemonthsdone=0&uscemonthsahead=2&visa=J1&waiver=Ahead&fcvs=NotInPlan&boards=1";

    [Fact]
    public async Task Get_Anonymous_ServerRendersAnItemizedEstimateWithSourcesAndUnknownsApart()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), Plan);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var eras = page.Document.QuerySelector("#ahead-lines tr[data-item=ErasApplications]")!;
        Assert.Contains("$720", eras.TextContent, StringComparison.Ordinal);
        Assert.Contains("AAMC: fees for the 2026 ERAS season", eras.TextContent, StringComparison.Ordinal);
        Assert.Contains("Checked December 7, 2026", eras.TextContent, StringComparison.Ordinal);
        var step1 = page.Document.QuerySelector("#done-lines tr[data-item=UsmleStep1]")!;
        Assert.Contains("Not known", step1.TextContent, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#ahead-lines tr[data-item=UsmleStep1]"));
        var ahead = HtmlPage.Fold(page.Document.QuerySelector("#total-ahead")!.TextContent);
        // ERAS $720 + DS-3035 $120 + J-1 visa (MRV) $185 + SEVIS $220, as seeded (docs/sources/fees.md).
        Assert.Matches(@"^\$1,245 plus \d+ items we could not price$", ahead);
        Assert.Empty(page.Document.QuerySelectorAll("main script"));
        Assert.Equal("get", page.Document.QuerySelector("form#cost-form")!.GetAttribute("method"));
        Assert.Null(page.Document.QuerySelector("#save-form"));
    }

    [Fact]
    public async Task Get_NewYorkLicenseAhead_ShowsTheNysedLineWithItsSourceAndCountsIt()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), Plan + "&newyorklicense=Ahead");

        var line = page.Document.QuerySelector("#ahead-lines tr[data-item=NewYorkLicense]")!;
        Assert.Contains("$735", line.TextContent, StringComparison.Ordinal);
        Assert.Contains("NYSED Office of the Professions: physician license application, fee", line.TextContent, StringComparison.Ordinal);
        Assert.NotNull(line.QuerySelector("a[href='https://eservices.nysed.gov/professions/before/060']"));
        // The $1,245 of the plan without it, plus the $735 license application and first registration.
        Assert.Matches(@"^\$1,980 plus \d+ items we could not price$", HtmlPage.Fold(page.Document.QuerySelector("#total-ahead")!.TextContent));
        Assert.Equal("Ahead", page.Document.QuerySelector("#plan-newyorklicense option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Get_AdjustForm_ResubmitsThePlanWithTheNewProgramCount()
    {
        var client = PortalClient.Anonymous(factory);
        var page = await HtmlPage.GetAsync(client, Plan);
        var form = page.Document.QuerySelector("form#adjust-form")!;
        var fields = form.QuerySelectorAll("input[name]")
            .Select(i => (Name: i.GetAttribute("name")!, Value: i.GetAttribute("name") == "programsperspecialty" ? "30" : i.GetAttribute("value") ?? string.Empty));

        var changed = await HtmlPage.GetAsync(client, "/costs?" + string.Join("&", fields.Select(f => $"{f.Name}={Uri.EscapeDataString(f.Value)}")));

        Assert.Contains("$330", changed.Document.QuerySelector("#ahead-lines tr[data-item=ErasApplications]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("$120", changed.Document.QuerySelector("#ahead-lines tr[data-item=WaiverDs3035]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCsv_SamePlan_ListsTheLinesTheUnknownsAndTheTotals()
    {
        var response = await PortalClient.Anonymous(factory).GetAsync(Plan.Replace("/costs?", "/costs.csv?", StringComparison.Ordinal));
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"Ahead\",\"ERAS applications\",\"43 programs in each of 1 specialty\",\"720\",\"720\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Done (already paid)\",\"USMLE Step 1\",\"One attempt\",\"Not known\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Total ahead\",\"\",\"\",\"1245\",\"1245\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MemberWithoutAPlanInTheAddress_IsPrefilledFromTheProfile()
    {
        var (client, _, _) = await MemberAsync(factory);
        await (await HtmlPage.GetAsync(client, "/profile")).SubmitAsync(client, ValidForm(), "form#profile-form");

        var page = await HtmlPage.GetAsync(client, "/costs");

        Assert.NotNull(page.Document.QuerySelector("#from-profile"));
        Assert.Equal("Done", page.Document.QuerySelector("#plan-step1 option[selected]")!.GetAttribute("value"));
        Assert.Equal("2", page.Document.QuerySelector("#plan-uscemonthsdone")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#done-lines tr[data-item=UsmleStep1]"));

        // The profile names New York among its states, so the New York license is ahead.
        Assert.Equal("Ahead", page.Document.QuerySelector("#plan-newyorklicense option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelector("#ahead-lines tr[data-item=NewYorkLicense]"));
    }

    [Fact]
    public async Task Save_Member_ShowsThePlanOnTheirRoadmapAndNotOnAnothersOrInTheirData()
    {
        var (owner, ownerId, _) = await MemberAsync(factory);
        var (other, _, _) = await MemberAsync(factory);
        var page = await HtmlPage.GetAsync(owner, Plan);

        var roadmap = await page.SubmitAsync(owner, new Dictionary<string, string>(), "form#save-form");

        Assert.Contains(CostService.SavedMessage, roadmap.MainText, StringComparison.Ordinal);
        var link = roadmap.Document.QuerySelector("#cost-plan a#cost-plan-link")!.GetAttribute("href")!;
        Assert.Contains("programsperspecialty=43", link, StringComparison.Ordinal);
        var saved = await QueryAsync(factory, db => db.SavedCostPlans.SingleAsync(p => p.UserId == ownerId));
        Assert.Contains("waiver=Ahead", saved.Query, StringComparison.Ordinal);

        var otherRoadmap = await HtmlPage.GetAsync(other, "/roadmap");
        Assert.Equal("/costs", otherRoadmap.Document.QuerySelector("#cost-plan a#cost-plan-link")!.GetAttribute("href"));
        var otherCosts = await HtmlPage.GetAsync(other, Plan);
        Assert.DoesNotContain("Saved to your roadmap", otherCosts.MainText, StringComparison.Ordinal);
    }
}
