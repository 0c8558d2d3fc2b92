using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ImgPortal.BrowserTests;

/// <summary>The program finder and a program's page: no accessibility violations and no sideways scroll, phone and desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgramPagesTests(BrowserFixture browser)
{
    public static TheoryData<string, int> PagesAndWidths => new()
    {
        { "/programs", 390 },
        { "/programs", 1280 },
        { "/programs?specialty=Internal%20Medicine&j1=true", 390 },
        { "/programs/jacobi-im", 390 },
        { "/programs/jacobi-im", 1280 },
    };

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task RunAxe_ProgramPage_FindsNoViolationsAndDoesNotScrollSideways(string path, int width)
    {
        await using var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 800 });
        await page.GotoAsync(path);

        var result = await Axe.AssertNoViolationsAsync(page.Page);
        var widths = await page.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.NotEmpty(result.Passes);
        Assert.True(widths[0] <= widths[1], $"{path} is {widths[0]}px wide in a {widths[1]}px window: it scrolls sideways.");
    }
}
