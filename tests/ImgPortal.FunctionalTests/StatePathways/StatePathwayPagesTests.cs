using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Records;
using ImgPortal.FunctionalTests.Staff;
using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.FunctionalTests.StatePathways;

/// <summary>The public state pathway pages, checked against the records in the database as a person reads them.</summary>
public sealed class StatePathwayPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Index_StaffPublishAnEditOfItsGuidancePage_VisitorsSeeTheNewSummaryAtOnce()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "state-pathways");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var summary = "Where each state stands, checked " + Guid.NewGuid().ToString("N")[..8];

        var draft = await editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string> { ["Input.Summary"] = summary });
        await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways");

        Assert.Equal(summary, page.Document.QuerySelector("main .lead")?.TextContent.Trim());
        Assert.Equal("State pathways to a US license", page.Heading);
        Assert.NotNull(page.Document.QuerySelector("#pathway-states"));
    }

    [Fact]
    public async Task Index_MapTable_EqualsTheCurrentRecords()
    {
        var client = PortalClient.Anonymous(factory);
        var records = await RecordsAsync();

        var page = await HtmlPage.GetAsync(client, "/state-pathways");

        var expected = records.Where(r => PathwayStatuses.IsCurrent(r.Status))
            .GroupBy(r => r.State)
            .Select(g => (Code: g.Key, Name: UsStates.NameOf(g.Key), Standing: MapStandings.Of(g.Select(r => (r.Kind, r.Status)))))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var rows = page.Document.QuerySelectorAll("#pathway-states tbody tr")
            .Select(r => HtmlPage.Fold(r.QuerySelector("th")!.TextContent))
            .ToList();
        Assert.Equal(expected.Select(s => s.Name), rows);
        var tiles = page.Document.QuerySelectorAll("svg.tile-map a").Select(a => a.QuerySelector("title")!.TextContent).ToList();
        Assert.Equal(UsStates.All.Count, tiles.Count);
        Assert.All(expected, s => Assert.Contains(tiles, t => t.StartsWith($"{s.Name} ({s.Code}): {MapStandings.Label(s.Standing).ToLowerInvariant()}", StringComparison.Ordinal)));
        Assert.Contains("Wyoming (WY): no current pathway recorded", tiles);
    }

    [Fact]
    public async Task Index_Counts_AreComputedFromTheRecords()
    {
        var client = PortalClient.Anonymous(factory);
        var records = await RecordsAsync();

        var page = await HtmlPage.GetAsync(client, "/state-pathways");

        var enacted = records.Where(r => r.Kind == PathwayKind.FullLicenseWithoutUsResidency
                && r.Status is PathwayStatus.EnactedRulesPending or PathwayStatus.AcceptingApplications)
            .Select(r => r.State).Distinct().Count();
        var counts = page.Document.QuerySelectorAll(".pathway-counts li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        Assert.Contains($"{enacted} states have enacted a route to a full license without US residency training.", counts);
        Assert.True(enacted >= 17, $"The seeded records should hold at least the AMA's 17 states; found {enacted}.");
    }

    [Theory]
    [InlineData("kind=AssistanceProgram", PathwayKind.AssistanceProgram, null)]
    [InlineData("status=BillPending", null, PathwayStatus.BillPending)]
    [InlineData("kind=FullLicenseWithoutUsResidency&status=AcceptingApplications", PathwayKind.FullLicenseWithoutUsResidency, PathwayStatus.AcceptingApplications)]
    public async Task Index_Filtered_ShowsOnlyStatesWithMatchingPathways(string query, PathwayKind? kind, PathwayStatus? status)
    {
        var client = PortalClient.Anonymous(factory);
        var records = await RecordsAsync();

        var page = await HtmlPage.GetAsync(client, "/state-pathways?" + query);

        var expected = records.Where(r => PathwayStatuses.IsCurrent(r.Status) && (kind is null || r.Kind == kind) && (status is null || r.Status == status))
            .Select(r => UsStates.NameOf(r.State)).Distinct().Order(StringComparer.Ordinal).ToList();
        var shown = page.Document.QuerySelectorAll("#pathway-states tbody th").Select(th => HtmlPage.Fold(th.TextContent)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, shown);
        Assert.Equal(kind?.ToString() ?? string.Empty, page.Document.QuerySelector("#kind option[selected]")?.GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task Index_NeverShowsHistory_AndHistoryNeverShowsCurrentLaw()
    {
        var client = PortalClient.Anonymous(factory);
        var records = await RecordsAsync();
        var past = records.Where(r => !PathwayStatuses.IsCurrent(r.Status)).Select(r => r.Name).ToList();
        var current = records.Where(r => PathwayStatuses.IsCurrent(r.Status)).Select(r => r.Name).ToList();

        var index = await HtmlPage.GetAsync(client, "/state-pathways");
        var history = await HtmlPage.GetAsync(client, "/state-pathways/history");

        Assert.NotEmpty(past);
        var indexText = index.Document.QuerySelector("#pathway-states")!.TextContent;
        Assert.All(past, name => Assert.DoesNotContain(name, indexText, StringComparison.Ordinal));
        var historyNames = history.Document.QuerySelectorAll("#history-table tbody td[data-label='Measure']").Select(td => HtmlPage.Fold(td.TextContent)).ToList();
        Assert.Equal(past.Order(StringComparer.Ordinal), historyNames.Order(StringComparer.Ordinal));
        Assert.All(current, name => Assert.DoesNotContain(name, history.MainText, StringComparison.Ordinal));
        Assert.Contains(historyNames, n => n.Contains("Executive Order", StringComparison.Ordinal) || n.Contains("emergency", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/state-pathways/tn", "Tennessee")]
    [InlineData("/state-pathways/TN", "Tennessee")]
    [InlineData("/state-pathways/ny", "New York")]
    public async Task State_KnownCodeInAnyCase_ShowsEveryPathwayWithSourcesAndVerifiedDates(string url, string name)
    {
        var client = PortalClient.Anonymous(factory);
        var code = UsStates.All.Single(s => s.Name == name).Code;
        var records = (await RecordsAsync()).Where(r => r.State == code).ToList();

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(name, page.Heading, StringComparison.Ordinal);
        var cards = page.Document.QuerySelectorAll("article.pathway-card").ToList();
        Assert.Equal(records.Select(r => r.Name).Order(StringComparer.Ordinal), cards.Select(c => HtmlPage.Fold(c.QuerySelector("h3")!.TextContent)).Order(StringComparer.Ordinal));
        Assert.All(cards, c =>
        {
            var unknownLine = HtmlPage.Fold(c.QuerySelector(".requirements-unknown")?.TextContent ?? string.Empty);
            var unknown = PathwayRequirements.All.Count(r => unknownLine.Contains(r.Label, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(PathwayRequirements.All.Count, c.QuerySelectorAll(".requirement-card").Length + unknown);
            Assert.NotEmpty(c.QuerySelectorAll(".source-list li a[href^='http']"));
            Assert.All(c.QuerySelectorAll(".source-list li"), li => Assert.NotNull(li.QuerySelector("time[datetime]")));
        });
    }

    [Theory]
    [InlineData("/state-pathways/zz")]
    [InlineData("/state-pathways/texas")]
    public async Task State_UnknownCode_IsTheFriendly404(string url)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("We could not find that page", page.Heading);
    }

    [Theory]
    [InlineData("tn,fl", 2)]
    [InlineData("tn,fl,va,ny", 4)]
    public async Task Compare_TwoToFourStates_ShowsOneRowPerRequirementWithEveryCellSourcedAndDated(string states, int columns)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/state-pathways/compare?states=" + states);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var table = page.Document.QuerySelector("#compare-table");
        Assert.NotNull(table);
        Assert.Equal(columns + 1, table.QuerySelectorAll("thead th").Length);
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(PathwayRequirements.All.Select(r => r.Label), rows.Select(r => HtmlPage.Fold(r.QuerySelector("th")!.TextContent).Replace(" Differs", string.Empty, StringComparison.Ordinal)));
        Assert.All(rows.SelectMany(r => r.QuerySelectorAll("td")), cell =>
        {
            Assert.NotNull(cell.QuerySelector("a[href^='http']"));
            Assert.NotNull(cell.QuerySelector("time[datetime]"));
        });
        var differing = rows.Where(r => r.ClassList.Contains("row-differs")).ToList();
        Assert.NotEmpty(differing);
        Assert.All(differing, r => Assert.Contains("Differs", r.QuerySelector("th")!.TextContent, StringComparison.Ordinal));
        Assert.Contains($"{differing.Count} of {rows.Count} requirements differ", page.Document.QuerySelector("#difference-summary")!.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/state-pathways/compare?states=" + states, page.Document.QuerySelector("#share-link")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tn,fl,va,ny,wi", "You chose 5 states; compare at most four at a time.")]
    [InlineData("tn", "Choose at least two states to compare.")]
    [InlineData("tn,xx", "\"XX\" is not the code of a US state. Choose the states from the list.")]
    public async Task Compare_TooFewTooManyOrUnknownStates_ExplainsOnThePage(string states, string message)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/state-pathways/compare?states=" + states);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.Document.QuerySelector("#compare-problem")?.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("#compare-table"));
    }

    [Fact]
    public async Task Compare_TheFormsQuery_AsABrowserSendsIt_ComparesTheChosenStates()
    {
        var client = PortalClient.Anonymous(factory);
        var form = await HtmlPage.GetAsync(client, "/state-pathways/compare");

        var page = await HtmlPage.GetAsync(client, "/state-pathways/compare?states=tn&states=va&states=&states=");

        Assert.Equal("get", form.Form("#compare-form").Method.ToLowerInvariant());
        Assert.Equal(PathwayComparison.MaxStates, form.Document.QuerySelectorAll("#compare-form select[name='states']").Length);
        Assert.Null(form.Document.QuerySelector("#compare-problem"));
        var headings = page.Document.QuerySelectorAll("#compare-table thead th a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Tennessee", "Virginia"], headings);
        Assert.Equal("tn", page.Document.QuerySelector("#state-0 option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task StaffEdit_OfARequirement_IsListedInTheStatesPublicChangeLog()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await ProfileTestData.QueryAsync(factory, db => db.StatePathways.Where(p => p.State == "OR").Select(p => p.Id).FirstAsync());
        var form = await HtmlPage.GetAsync(staff, $"/staff/state-pathways/{id}");
        var before = HtmlPage.Fold(form.Document.QuerySelector("textarea[name='Input.SupervisedPeriod']")!.TextContent);

        await form.SubmitAllAsync(staff, "#record-form", new Dictionary<string, string>
        {
            ["Input.SupervisedPeriod"] = "Three years under supervision.",
            ["Input.SupervisedPeriodStatus"] = "Required",
        });
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways/or");

        var log = page.Document.QuerySelectorAll(".change-log li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        var today = DateTime.UtcNow.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"Requirements updated on {today}: supervised or provisional period: {before} → Three years under supervision.", log);
    }

    [Fact]
    public async Task Index_NewYork_IsColoredByItsFullLicenseBillAndItsLimitedPermitIsShownApart()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways");

        var newYork = page.Document.QuerySelectorAll("svg.tile-map a").Single(a => a.QuerySelector("title")!.TextContent.StartsWith("New York (NY)", StringComparison.Ordinal));
        Assert.Equal("New York (NY): route to a full license: bill pending; also has a limited license or permit, which never converts to a full license", newYork.QuerySelector("title")!.TextContent);
        Assert.Contains("tile-bill", newYork.ClassList);
        Assert.NotNull(newYork.QuerySelector("circle.limited-mark"));
        var row = page.Document.QuerySelectorAll("#pathway-states tbody tr").Single(r => HtmlPage.Fold(r.QuerySelector("th")!.TextContent) == "New York");
        Assert.Equal("Bill pending", HtmlPage.Fold(row.QuerySelector("td[data-label='Route to a full license']")!.TextContent));
        Assert.Equal("Yes: it never converts to a full license", HtmlPage.Fold(row.QuerySelector("td[data-label='Limited license or permit']")!.TextContent));
    }

    [Fact]
    public async Task Index_Legend_ListsOnlyTheStandingsOnTheMap()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways?kind=FullLicenseWithoutUsResidency&status=AcceptingApplications");

        var legend = page.Document.QuerySelectorAll(".tile-legend li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        Assert.Equal(["Route to a full license: accepting applications", "No current pathway recorded"], legend);
    }

    [Theory]
    [InlineData("Georgia", "Enacted, rules pending", "None recorded")]
    [InlineData("Nebraska", "Enacted, rules pending", "None recorded")]
    [InlineData("Texas", "Accepting applications", "None recorded")]
    [InlineData("California", "None", "Yes: it never converts to a full license")]
    [InlineData("Washington", "None", "Yes: it never converts to a full license")]
    public async Task Index_NewAndUpdatedStates_ShowTheirRouteToAFullLicense(string state, string fullRoute, string limited)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways");

        var row = page.Document.QuerySelectorAll("#pathway-states tbody tr").Single(r => HtmlPage.Fold(r.QuerySelector("th")!.TextContent) == state);
        Assert.Equal(fullRoute, HtmlPage.Fold(row.QuerySelector("td[data-label='Route to a full license']")!.TextContent));
        Assert.Equal(limited, HtmlPage.Fold(row.QuerySelector("td[data-label='Limited license or permit']")!.TextContent));
    }

    [Fact]
    public async Task Index_ProseCount_IsComputedFromTheRecordsAndChangesWithThem()
    {
        var client = PortalClient.Anonymous(factory);
        string Prose(HtmlPage page) => HtmlPage.Fold(page.Document.QuerySelector(".guidance-body")!.TextContent);
        var enacted = (await RecordsAsync()).Where(r => r.Kind == PathwayKind.FullLicenseWithoutUsResidency
                && r.Status is PathwayStatus.EnactedRulesPending or PathwayStatus.AcceptingApplications)
            .Select(r => r.State).Distinct().Count();

        var before = await HtmlPage.GetAsync(client, "/state-pathways");
        var added = await ProfileTestData.QueryAsync(factory, async db =>
        {
            var pathway = StatePathwaySeed.Pathways().Single(p => p.State == "NE");
            pathway.State = "WY";
            db.StatePathways.Add(pathway);
            await db.SaveChangesAsync();
            return pathway.Id;
        });
        try
        {
            var after = await HtmlPage.GetAsync(client, "/state-pathways");

            Assert.Contains($"{enacted} states have now enacted such a route", Prose(before), StringComparison.Ordinal);
            Assert.DoesNotContain("{{", Prose(before), StringComparison.Ordinal);
            Assert.DoesNotContain("Wyoming", Prose(before), StringComparison.Ordinal);
            Assert.Contains($"{enacted + 1} states have now enacted such a route", Prose(after), StringComparison.Ordinal);
            Assert.Contains("Wyoming", Prose(after), StringComparison.Ordinal);
            Assert.Contains("Georgia", Prose(before), StringComparison.Ordinal);
            Assert.Contains("Nebraska", Prose(before), StringComparison.Ordinal);
        }
        finally
        {
            await ProfileTestData.QueryAsync(factory, db => db.StatePathways.Where(p => p.Id == added).ExecuteDeleteAsync());
        }
    }

    [Theory]
    [InlineData("/state-pathways", "Current pathways")]
    [InlineData("/state-pathways/compare", "Compare states")]
    [InlineData("/state-pathways/history", "History: ended measures")]
    public async Task Tabs_TheCurrentPage_IsMarkedCurrent(string url, string tab)
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), url);

        var current = page.Document.QuerySelectorAll(".pathway-nav a[aria-current='page']").Select(a => HtmlPage.Fold(a.TextContent)).ToList();
        Assert.Equal([tab], current);
    }

    [Fact]
    public async Task State_NewYorkLimitedPermit_SaysItNeverConvertsAndFoldsUnknownsIntoOneLine()
    {
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/state-pathways/ny");

        var card = page.Document.QuerySelectorAll("article.pathway-card").Single(c => HtmlPage.Fold(c.QuerySelector("h3")!.TextContent) == "Limited permit for foreign physicians");
        Assert.Contains("it never converts to a full license", HtmlPage.Fold(card.QuerySelector(".limited-note")!.TextContent), StringComparison.Ordinal);
        var labels = card.QuerySelectorAll(".requirement-card h5").Select(h => h.TextContent).ToList();
        Assert.Equal(["ECFMG certification", "Practice setting", "Supervised or provisional period", "Conversion to a full license"], labels);
        Assert.StartsWith("Not stated by any source we checked: training or practice abroad, ", HtmlPage.Fold(card.QuerySelector(".requirements-unknown")!.TextContent), StringComparison.Ordinal);
        Assert.Empty(card.QuerySelectorAll(".requirements-table"));
    }

    private Task<List<StatePathway>> RecordsAsync() =>
        ProfileTestData.QueryAsync(factory, db => db.StatePathways.AsNoTracking().ToListAsync());
}
