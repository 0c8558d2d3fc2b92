using ImgPortal.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class SkipLinkTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task PressTab_OnFreshPage_FocusesVisibleSkipLinkFirst(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(path);

        await page.Page.Keyboard.PressAsync("Tab");

        var skipLink = page.Page.Locator("a.skip-link");
        await Expect(skipLink).ToBeFocusedAsync();
        await Expect(skipLink).ToHaveAttributeAsync("href", "#main");
        await Expect(skipLink).ToBeInViewportAsync();
    }

    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task PressEnter_OnSkipLink_MovesFocusToMain(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(path);
        await page.Page.Keyboard.PressAsync("Tab");

        await page.Page.Keyboard.PressAsync("Enter");

        await Expect(page.Page.Locator("main#main")).ToBeFocusedAsync();
    }
}
