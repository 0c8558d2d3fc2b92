using ImgPortal.Core.Common;
using ImgPortal.Core.Waivers;
using ImgPortal.FunctionalTests.Staff;
using ImgPortal.FunctionalTests.Staff.Records;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Waivers;

/// <summary>The State 30 slot tracker on <c>/j1-waiver</c>, kept by staff through the waiver-years record editor.</summary>
public sealed class SlotTrackerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static FederalFiscalYear ThisYear => FederalFiscalYear.Of(DateOnly.FromDateTime(DateTime.UtcNow));

    private static Dictionary<string, string> Figures(string program, int year, string used, string flexUsed, string status = "Open") =>
        new(RecordCases.All["waiver-years"].Valid(program))
        {
            ["Input.Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.SlotsUsed"] = used,
            ["Input.FlexUsed"] = flexUsed,
            ["Input.CycleStatus"] = status,
            ["Input.AsOf"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
        };

    [Fact]
    public async Task Get_J1Waiver_ShowsTheCurrentFiscalYearWithItsDatesAndTheSlotsUsedAndRemaining()
    {
        var program = RecordCase.NewMarker("Tracker");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/waiver-years/0");
        await form.SubmitAllAsync(staff, "#record-form", Figures(program, ThisYear.Year, "26", "4"));

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/j1-waiver");

        Assert.Contains($"Today is in {ThisYear}", page.MainText, StringComparison.Ordinal);
        var card = page.Document.QuerySelectorAll(".slot-card").Single(c => c.QuerySelector("h3")!.TextContent.Contains(program, StringComparison.Ordinal));
        Assert.Equal($"{program}, {ThisYear}", card.QuerySelector("h3")!.TextContent);
        var figures = card.QuerySelectorAll(".slot-figures > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => HtmlPage.Fold(d.QuerySelector("dd")!.TextContent));
        Assert.Equal("Open", figures["Cycle"]);
        Assert.Equal("26 (4 flex)", figures["Used"]);
        Assert.Equal("4 (6 flex)", figures["Remaining"]);
        Assert.Equal("https://report.example.org/state30", card.QuerySelector("a[href^='https://report']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_J1Waiver_ChartTableHasARowPerYearWithTheSameNumbersAsTheChart()
    {
        var program = RecordCase.NewMarker("History");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        foreach (var (year, used) in new[] { (ThisYear.Year - 2, "30"), (ThisYear.Year - 1, "21") })
        {
            var form = await HtmlPage.GetAsync(staff, "/staff/waiver-years/0");
            await form.SubmitAllAsync(staff, "#record-form", Figures(program, year, used, "2", "Closed"));
        }

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/j1-waiver");

        var rows = page.Document.QuerySelectorAll(".slot-tracker table tbody tr")
            .Where(r => r.TextContent.Contains(program, StringComparison.Ordinal))
            .Select(r => r.QuerySelectorAll("th, td").ToDictionary(c => c.GetAttribute("data-label")!, c => HtmlPage.Fold(c.TextContent)))
            .ToList();
        Assert.Equal([$"FY{ThisYear.Year - 2}", $"FY{ThisYear.Year - 1}"], rows.Select(r => r["Fiscal year"]));
        Assert.Equal(["30", "21"], rows.Select(r => r["Used"]));
        Assert.Equal(["0", "9"], rows.Select(r => r["Remaining"]));
        var labels = page.Document.QuerySelectorAll("svg.slot-chart text.bar-value").Select(t => t.TextContent).ToList();
        Assert.Contains("30 of 30 used", labels);
        Assert.Contains("21 of 30 used", labels);
        Assert.Empty(page.Document.QuerySelectorAll("main [style]"));
    }

    [Fact]
    public async Task Save_SlotsBeyondTheirLimits_ShowsAMessagePerFieldAndKeepsWhatWasTyped()
    {
        var program = RecordCase.NewMarker("Invalid");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, "/staff/waiver-years/0");

        var again = await form.SubmitAllAsync(staff, "#record-form", Figures(program, ThisYear.Year, "31", "11"));

        Assert.Contains("Slots used cannot be more than the waivers a year.", again.ValidationMessages);
        Assert.Contains("Flex slots used cannot be more than the flex slots at most.", again.ValidationMessages);
        Assert.Equal("31", again.Document.QuerySelector("#Input_SlotsUsed")?.GetAttribute("value"));
        var list = await HtmlPage.GetAsync(staff, "/staff/waiver-years");
        Assert.DoesNotContain(program, list.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_J1Waiver_CurrentYearWithoutAReport_ShowsTheLastReportedYearsFiguresNotRowsOfUnknown()
    {
        var program = RecordCase.NewMarker("LastReported");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var earlier = await HtmlPage.GetAsync(staff, "/staff/waiver-years/0");
        await earlier.SubmitAllAsync(staff, "#record-form", Figures(program, ThisYear.Year - 1, "28", "3", "Closed"));
        var current = await HtmlPage.GetAsync(staff, "/staff/waiver-years/0");
        await current.SubmitAllAsync(staff, "#record-form", new Dictionary<string, string>(Figures(program, ThisYear.Year, "0", "0", "Unknown"))
        {
            ["Input.SlotsReported"] = "false",
            ["Input.Notes"] = "Guidelines usually appear in August or September.",
        });

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/j1-waiver");

        var card = page.Document.QuerySelectorAll(".slot-card").Single(c => c.QuerySelector("h3")!.TextContent.Contains(program, StringComparison.Ordinal));
        var figures = card.QuerySelectorAll(".slot-figures > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => HtmlPage.Fold(d.QuerySelector("dd")!.TextContent));
        Assert.Equal($"Not reported yet for {ThisYear}", figures["Used"]);
        Assert.StartsWith($"FY{ThisYear.Year - 1}: 28 of 30 used (3 flex), as of ", figures["Last reported"], StringComparison.Ordinal);
        Assert.Equal("Dates not announced yet", figures["Cycle"]);
        Assert.Equal("Guidelines usually appear in August or September.", HtmlPage.Fold(card.QuerySelector(".slot-notes")!.TextContent));
        Assert.DoesNotContain("Unknown", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_J1Waiver_SeededYearWithoutAReport_SaysWhenNewYorkUsuallyPublishesInsteadOfUnknown()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/j1-waiver");

        var card = page.Document.QuerySelectorAll(".slot-card").SingleOrDefault(c => c.QuerySelector("h3")!.TextContent.StartsWith("New York State 30", StringComparison.Ordinal));
        if (ThisYear.Year == 2027)
        {
            Assert.NotNull(card);
            Assert.DoesNotContain("Unknown", card.TextContent, StringComparison.Ordinal);
            Assert.Contains("Not reported yet for FY2027", HtmlPage.Fold(card.TextContent), StringComparison.Ordinal);
            Assert.Contains("No earlier year's figures are recorded here yet", HtmlPage.Fold(card.TextContent), StringComparison.Ordinal);
            Assert.Contains("usually posts its updated guidelines in August or September", HtmlPage.Fold(card.TextContent), StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"New York State 30: no figures for {ThisYear} have been recorded yet.", page.MainText, StringComparison.Ordinal);
        }
    }
}
