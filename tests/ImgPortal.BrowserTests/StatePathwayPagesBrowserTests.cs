using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ImgPortal.BrowserTests;

/// <summary>The state pathway pages in Chromium at 390 and 1280 px: axe finds nothing, the map works by keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatePathwayPagesBrowserTests(BrowserFixture browser)
{
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var width in new[] { 390, 1280 })
        {
            foreach (var path in new[]
            {
                "/state-pathways", "/state-pathways?kind=FullLicenseWithoutUsResidency&status=AcceptingApplications", "/state-pathways/tn",
                "/state-pathways/ny", "/state-pathways/compare?states=tn,fl,va,ny", "/state-pathways/compare?states=tn,fl,va,ny,wi",
                "/state-pathways/history", "/state-pathways/check",
            })
            {
                data.Add(path, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task RunAxe_StatePathwayPage_FindsNoViolations(string path, int width)
    {
        await using var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 844 });
        await page.GotoAsync(path);

        var result = await Axe.AssertNoViolationsAsync(page.Page);

        Assert.NotEmpty(result.Passes);
        Assert.Empty(page.Problems);
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task RunAxe_SelfCheckResults_FindsNoViolations(int width)
    {
        await using var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 844 });
        await page.GotoAsync("/state-pathways/check");
        await page.Page.CheckAsync("#EcfmgCertified-Yes");
        await page.Page.FillAsync("#Input_YearsPracticeAbroad", "6");
        await page.Page.CheckAsync("#state-TN");
        await page.Page.CheckAsync("#state-VA");

        await page.Page.ClickAsync("#check-form button[type=submit]");
        await page.Page.WaitForSelectorAsync("#check-results");
        await Axe.AssertNoViolationsAsync(page.Page);
        Assert.Equal(2, await page.Page.Locator("article.check-result").CountAsync());
    }

    [Fact]
    public async Task Map_StateTile_IsReachedByKeyboardAndOpensTheStatePage()
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync("/state-pathways");

        var tile = page.Page.GetByRole(AriaRole.Link, new() { Name = "Tennessee (TN): route to a full license: enacted, rules pending", Exact = true });
        await tile.FocusAsync();
        var focused = await tile.EvaluateAsync<bool>("a => a === document.activeElement");
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.WaitForURLAsync("**/state-pathways/tn");

        Assert.True(focused);
        Assert.StartsWith("Tennessee", await page.Page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }
}
