using System.Text.RegularExpressions;
using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.Playwright;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class StaffEditingTests(BrowserFixture browser)
{
    [Fact]
    public async Task EditPreviewPublish_VisitorSeesTheChange_SecondEditorGetsTheConflict_StaffPagesHaveNoAxeViolations()
    {
        await using var first = await LogInAsStaffAsync();
        await using var second = await LogInAsStaffAsync();
        await using var visitor = await browser.OpenPageAsync(BrowserFixture.Desktop);
        var violations = new List<string>();

        // Both editors open the same page; the first edits, previews and publishes it.
        await first.GotoAsync("/staff/pages");
        await Scan(first, violations);
        await first.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "/echo" }).GetByRole(AriaRole.Link).First.ClickAsync();
        var editorUrl = first.Page.Url;
        await second.GotoAsync(editorUrl);
        await Scan(first, violations);
        await first.Page.GetByLabel("Title", new() { Exact = true }).FillAsync("ECHO, edited in a browser");
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await first.Page.GetByText("Draft saved").WaitForAsync();
        await first.Page.GetByRole(AriaRole.Link, new() { Name = "Preview", Exact = true }).ClickAsync();
        Assert.Equal("ECHO, edited in a browser", (await first.Page.Locator("h1").TextContentAsync())?.Trim());
        await Scan(first, violations);
        await first.Page.GetByRole(AriaRole.Link, new() { Name = "Back to the editor" }).ClickAsync();
        await first.Page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await first.Page.GetByText("Published: visitors now see this version").WaitForAsync();

        await visitor.GotoAsync("/echo");
        Assert.Equal("ECHO, edited in a browser", (await visitor.Page.Locator("h1").TextContentAsync())?.Trim());

        // The second editor still has the old version open: the save is refused, their text kept.
        await second.Page.GetByLabel("Summary", new() { Exact = true }).FillAsync("The second editor's summary");
        await second.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await second.Page.Locator("#conflict").WaitForAsync();
        Assert.Equal("The second editor's summary", await second.Page.GetByLabel("Summary", new() { Exact = true }).InputValueAsync());
        Assert.Contains("ECHO, edited in a browser", await second.Page.Locator("#conflict").TextContentAsync(), StringComparison.Ordinal);
        await Scan(second, violations);

        string[] records = ["waiver-years", "state-pathways", "organizations", "contacts", "roadmap-steps", "season-dates"];
        var paths = new[] { "/staff", "/staff/audit", HistoryOf(editorUrl) }
            .Concat(records.SelectMany(r => new[] { $"/staff/{r}", $"/staff/{r}/0", $"/staff/{r}/1" }));
        foreach (var path in paths)
        {
            await first.GotoAsync(path);
            await Scan(first, violations);
        }

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.True(first.Problems.Count == 0, first.Describe());
    }

    private static string HistoryOf(string editorUrl) => new Uri(editorUrl).AbsolutePath + "/history";

    private static async Task Scan(WatchedPage page, List<string> violations)
    {
        violations.AddRange(await Axe.ScanAsync(page.Page));
    }

    private async Task<WatchedPage> LogInAsStaffAsync()
    {
        var email = $"staff-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, Roles.Staff);
        var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await page.Page.WaitForURLAsync(NotLogin());
        return page;
    }

    [GeneratedRegex("^(?!.*[Ll]ogin).*$")]
    private static partial Regex NotLogin();
}
