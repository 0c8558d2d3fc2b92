using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>
/// Issue 21, item 3 (ADR 0082): after a refused submit the page opens at the error summary, which has the focus and
/// is on screen, at phone and desktop widths; a link in it takes focus to its field.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ErrorSummaryFocusTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Profile_RefusedSubmit_FocusesTheSummaryInTheViewportAndItsLinkFocusesTheField(int width)
    {
        var email = $"summary-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email);
        await using var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 800 });
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(ImgPortal.TestSupport.PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToHaveCountAsync(1);

        await page.GotoAsync("/profile");
        await page.Page.EvaluateAsync("() => document.querySelectorAll('#profile-form input[type=text]').forEach(i => { i.removeAttribute('maxlength'); i.value = 'x'.repeat(5000); })");
        await page.Page.ClickAsync("#profile-form button[type=submit]");

        var summary = page.Page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToBeInViewportAsync();
        await Expect(summary.Locator("h2")).ToContainTextAsync("Nothing was saved");
        await Axe.AssertNoViolationsAsync(page.Page);
        Assert.Equal(await FieldsInPageOrderAsync(page.Page), await SummaryTargetsAsync(page.Page));

        var link = summary.Locator("a").First;
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await Expect(page.Page.Locator(target)).ToBeFocusedAsync();
        await Expect(page.Page.Locator(target)).ToBeInViewportAsync();
        Assert.Empty(page.Problems);
    }

    /// <summary>The ids the summary's links point to, in the order the summary lists them.</summary>
    private static async Task<string[]> SummaryTargetsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('#error-summary a')].map(a => decodeURIComponent(a.getAttribute('href').slice(1))))]");

    /// <summary>The same ids in the order their fields stand on the page.</summary>
    private static async Task<string[]> FieldsInPageOrderAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(
            """
            () => {
              const ids = [...document.querySelectorAll('#error-summary a')].map(a => decodeURIComponent(a.getAttribute('href').slice(1)));
              if (ids.length < 2) { throw new Error('the summary lists fewer than two fields: ' + ids.join(', ')); }
              return [...document.querySelectorAll('[id]')].map(e => e.id).filter(id => ids.includes(id));
            }
            """);
}
