using System.Text.RegularExpressions;
using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>
/// Issue 21, item 3 for the staff forms (ADR 0082): after a refused save of the page editor, the page settings (its
/// source line) and a record form, the page opens at the error summary, which has the focus, says nothing was saved
/// and links to each field; panels the person did not open stay closed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StaffErrorSummaryFocusTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("editor", 390)]
    [InlineData("editor", 1280)]
    [InlineData("settings", 390)]
    [InlineData("settings", 1280)]
    [InlineData("record", 390)]
    [InlineData("record", 1280)]
    public async Task StaffForm_RefusedSave_FocusesTheSummaryThatLinksToEachFieldAndLeavesPanelsClosed(string form, int width)
    {
        await using var page = await LogInAsStaffAsync(width);
        string selector;
        if (form == "record")
        {
            await page.GotoAsync("/staff/waiver-years/0");
            selector = "#record-form";
        }
        else
        {
            await page.GotoAsync("/staff/pages");
            await page.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "/echo" }).GetByRole(AriaRole.Link).First.ClickAsync();
            if (form == "settings")
            {
                await page.GotoAsync(new Uri(page.Page.Url).AbsolutePath + "/settings");
            }

            selector = form == "editor" ? "#page-editor" : "#settings-form";
        }

        // Every text field emptied: the required ones are refused.
        await page.Page.EvaluateAsync(
            "s => document.querySelectorAll(s + ' input[type=text], ' + s + ' input:not([type]), ' + s + ' textarea').forEach(i => { i.value = ''; })",
            selector);
        await page.Page.Locator(selector + " button[type=submit]:not(.visually-hidden)").Last.ClickAsync();

        var summary = page.Page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToBeInViewportAsync();
        await Expect(summary.Locator("h2")).ToContainTextAsync("Nothing was saved");
        var targets = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#error-summary a')].map(a => decodeURIComponent(a.getAttribute('href').slice(1)))");
        Assert.NotEmpty(targets);
        foreach (var target in targets)
        {
            Assert.Equal(1, await page.Page.Locator($"[id='{target}']").CountAsync());
        }

        // Panels the person did not open stay closed: the editor's glossary list and, on a phone, the staff menu.
        Assert.Equal(0, await page.Page.Locator("main details[open]").CountAsync());
        Assert.Equal("false", await page.Page.Locator(".staff-nav-toggle").GetAttributeAsync("aria-expanded"));

        var link = summary.Locator("a").First;
        var first = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await Expect(page.Page.Locator($"[id='{Uri.UnescapeDataString(first[1..])}']")).ToBeFocusedAsync();
        await Axe.AssertNoViolationsAsync(page.Page);
    }

    private async Task<WatchedPage> LogInAsStaffAsync(int width)
    {
        var email = $"staff-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, Roles.Staff);
        var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 800 });
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
