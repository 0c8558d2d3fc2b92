using ImgPortal.BrowserTests.Infrastructure;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task RunAxe_PublicPageAtDesktopWidth_FindsNoViolations(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(path);

        var result = await Axe.AssertNoViolationsAsync(page.Page);

        Assert.NotEmpty(result.Passes);
    }

    [Theory]
    [MemberData(nameof(PortalPages.All), MemberType = typeof(PortalPages))]
    public async Task RunAxe_PublicPageAtPhoneWidth_FindsNoViolations(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Phone);
        await page.GotoAsync(path);

        var result = await Axe.AssertNoViolationsAsync(page.Page);

        Assert.NotEmpty(result.Passes);
    }
}
