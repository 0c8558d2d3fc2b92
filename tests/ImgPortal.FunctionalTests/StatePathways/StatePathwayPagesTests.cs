using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Pathways;
using ImgPortal.Core.Records;
using ImgPortal.FunctionalTests.Staff;
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
            .Select(g => (Code: g.Key, Name: UsStates.NameOf(g.Key), Status: RecordLabels.Of(PathwayStatuses.Strongest(g.Select(r => r.Status))!.Value)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var rows = page.Document.QuerySelectorAll("#pathway-states tbody tr")
            .Select(r => (Name: HtmlPage.Fold(r.QuerySelector("th")!.TextContent), Status: HtmlPage.Fold(r.QuerySelector("td")!.TextContent)))
            .ToList();
        Assert.Equal(expected.Select(s => (s.Name, s.Status)), rows);
        var tiles = page.Document.QuerySelectorAll("svg.tile-map a").Select(a => a.QuerySelector("title")!.TextContent).ToList();
        Assert.Equal(UsStates.All.Count, tiles.Count);
        Assert.All(expected, s => Assert.Contains($"{s.Name} ({s.Code}): {s.Status.ToLowerInvariant()}", tiles));
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
            Assert.Equal(PathwayRequirements.All.Count, c.QuerySelectorAll(".requirements-table tbody tr").Length);
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

    private Task<List<StatePathway>> RecordsAsync() =>
        ProfileTestData.QueryAsync(factory, db => db.StatePathways.AsNoTracking().ToListAsync());
}
