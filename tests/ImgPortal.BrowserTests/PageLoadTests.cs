using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class PageLoadTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task Open_PublicPage_LoadsWithoutConsoleErrorsOrFailedRequests(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);

        var response = await page.GotoAsync(path, WaitUntilState.NetworkIdle);

        Assert.Equal(PortalPages.ExpectedStatus(path), response.Status);
        Assert.True(page.Problems.Count == 0, page.Describe());
    }

    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task Open_PublicPage_AppliesEveryStylesheet(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(path);

        var unusable = await page.UnusableStylesheetsAsync();

        Assert.True(unusable.Count == 0, $"{path}: these stylesheets loaded without any rules: {string.Join(", ", unusable)}");
    }
}
