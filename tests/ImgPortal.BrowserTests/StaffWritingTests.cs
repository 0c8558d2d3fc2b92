using System.Text.RegularExpressions;
using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>Writing a page in a real browser: the toolbar and live preview, moving sections by keyboard, the link checker.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffWritingTests(BrowserFixture browser)
{
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Toolbar_BoldALinkAndAGlossaryTerm_ShowInTheLivePreviewAndTheEditorPassesAxe()
    {
        await using var staff = await LogInAsStaffAsync();
        await PageEditor.OpenAsync(staff, "/contact");
        var body = staff.Page.Locator("#Input_BodyMarkdown");
        var toolbar = staff.Page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting for Body (Markdown)" });
        var preview = staff.Page.GetByRole(AriaRole.Region, new() { Name = "Preview of Body (Markdown)" });

        await body.FillAsync("Call us. ");
        await body.PressAsync("Control+End");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold", Exact = true }).ClickAsync();
        await staff.Page.Keyboard.TypeAsync("before you apply");
        await body.PressAsync("Control+End");
        await staff.Page.Keyboard.TypeAsync(" Read ");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await staff.Page.Keyboard.TypeAsync("the ECFMG site");
        await body.PressAsync("Control+End");
        await body.PressAsync("ArrowLeft");
        await staff.Page.Keyboard.TypeAsync("www.ecfmg.org/");
        await body.PressAsync("Control+End");
        await staff.Page.Keyboard.TypeAsync(" about ");
        await toolbar.GetByLabel("Glossary term", new() { Exact = true }).SelectOptionAsync("ECFMG");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Insert term", Exact = true }).ClickAsync();

        await Expect(body).ToHaveValueAsync("Call us. **before you apply** Read [the ECFMG site](https://www.ecfmg.org/) about ECFMG");
        await Expect(preview).Not.ToContainTextAsync("Address:");
        await Expect(preview.Locator("strong")).ToHaveTextAsync("before you apply");
        await Expect(preview.GetByRole(AriaRole.Link, new() { Name = "the ECFMG site" })).ToHaveCountAsync(1);
        await Expect(preview).ToContainTextAsync("about ECFMG");
        await AssertNoAxeViolationsAtBothWidthsAsync(staff);
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    [Fact]
    public async Task MoveDown_ByKeyboardOnly_MovesInPlaceAnnouncesItAndTheOrderSurvivesPublishing()
    {
        await using var staff = await LogInAsStaffAsync();
        await PageEditor.OpenAsync(staff, "/get-involved");
        var before = await HeadingsAsync(staff);
        await staff.Page.EvaluateAsync("() => { window.notReloaded = true; }");

        // From the first section's heading, back over its Kind list to its "Move down" button (its "Move up" is disabled).
        await staff.Page.Locator("#Input_Sections_0__Heading").FocusAsync();
        await staff.Page.Keyboard.PressAsync("Shift+Tab");
        await staff.Page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal($"Move down “{before[0]}”", await FocusedNameAsync(staff));
        await staff.Page.Keyboard.PressAsync("Enter");

        await Expect(staff.Page.Locator("#section-moves-status")).ToHaveTextAsync($"“{before[0]}” is now section 2 of {before.Count}. Save the draft to keep the new order.");
        Assert.True(await staff.Page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.Equal([before[1], before[0], .. before[2..]], await HeadingsAsync(staff));
        Assert.Equal($"Move down “{before[0]}”", await FocusedNameAsync(staff));
        Assert.Equal("section-2", await staff.Page.EvaluateAsync<string>("() => document.activeElement.closest('fieldset').id"));
        Assert.True(await staff.Page.Locator("#section-1 button[data-move='up']").IsDisabledAsync());
        await AssertNoAxeViolationsAtBothWidthsAsync(staff);

        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await staff.Page.GetByText("Draft saved").WaitForAsync();
        Assert.Equal([before[1], before[0], .. before[2..]], await HeadingsAsync(staff));
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Publish now" }).ClickAsync();
        await staff.Page.GetByText("Published: visitors now see this version").WaitForAsync();

        await using var visitor = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await visitor.GotoAsync("/get-involved");
        var shown = (await visitor.Page.Locator("main h2").AllTextContentsAsync()).Select(h => h.Trim()).Where(before.Contains).ToList();
        Assert.Equal([before[1], before[0], .. before[2..]], shown);
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    [Fact]
    public async Task LinkChecker_DraftWithABadLink_ListsItBeforePublishingAndTheAuditEmptyStatePassesAxe()
    {
        await using var staff = await LogInAsStaffAsync();
        await PageEditor.OpenAsync(staff, "/mentoring");

        await staff.Page.Locator("#Input_BodyMarkdown").FillAsync("See [our old page](/no-such-page) and [the old site](http://example.org/).");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await staff.Page.GetByText("Draft saved").WaitForAsync();

        var links = staff.Page.Locator("#links li");
        await Expect(links).ToHaveCountAsync(2);
        await Expect(links.Nth(0)).ToContainTextAsync("Will not work: “our old page” in Body, address /no-such-page.");
        await Expect(links.Nth(1)).ToContainTextAsync("Check: “the old site” in Body, address http://example.org/.");
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "2 links to check" }).ClickAsync();
        await Expect(staff.Page.Locator("#links")).ToBeInViewportAsync();
        await AssertNoAxeViolationsAtBothWidthsAsync(staff);

        await staff.GotoAsync("/staff/audit?actor=nobody-at-all");
        await Expect(staff.Page.Locator("#audit-empty")).ToContainTextAsync("No actions match these filters.");
        await AssertNoAxeViolationsAtBothWidthsAsync(staff);
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    private static async Task<List<string>> HeadingsAsync(WatchedPage staff) =>
        [.. await staff.Page.Locator("#page-editor fieldset[data-section=existing] input[name$='.Heading']").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)")];

    private static Task<string> FocusedNameAsync(WatchedPage staff) =>
        staff.Page.EvaluateAsync<string>("() => document.activeElement.textContent.replace(/\\s+/g, ' ').trim()");

    /// <summary>Axe on the page as it is now, at 1280 px and at 390 px (back to 1280 after).</summary>
    private static async Task AssertNoAxeViolationsAtBothWidthsAsync(WatchedPage staff)
    {
        var violations = new List<string>();
        foreach (var size in new[] { BrowserFixture.Desktop, Phone390 })
        {
            await staff.Page.SetViewportSizeAsync(size.Width, size.Height);
            violations.AddRange((await Axe.ScanAsync(staff.Page)).Select(v => $"{size.Width}px {v}"));
        }

        await staff.Page.SetViewportSizeAsync(BrowserFixture.Desktop.Width, BrowserFixture.Desktop.Height);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private async Task<WatchedPage> LogInAsStaffAsync()
    {
        var email = $"writer-{Guid.NewGuid():N}@test.example";
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
