using ImgPortal.BrowserTests.Infrastructure;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ResponsiveLayoutTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task Open_PublicPageAtPhoneWidth_DoesNotScrollSideways(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Phone);
        await page.GotoAsync(path);

        var widths = await page.Page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide in a {widths[1]}px window: it scrolls sideways.");
    }
}
