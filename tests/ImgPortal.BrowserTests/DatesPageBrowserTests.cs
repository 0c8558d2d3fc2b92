using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary><c>/dates</c> at phone (390 px) and desktop (1280 px) width: no axe violations, no sideways scroll, a calendar per cycle.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DatesPageBrowserTests(BrowserFixture browser)
{
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Dates_AtWidth_HasNoAxeViolationsNoProblemsNoSidewaysScrollAndACalendarPerCycle(int width)
    {
        await using var page = await browser.OpenPageAsync(width == 390 ? Phone390 : BrowserFixture.Desktop);
        await page.GotoAsync("/dates", WaitUntilState.NetworkIdle);

        await Axe.AssertNoViolationsAsync(page.Page);
        var overflow = await page.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");

        Assert.Empty(page.Problems);
        Assert.False(overflow, $"/dates scrolls sideways at {width} px.");
        await Expect(page.Page.Locator("h1")).ToHaveTextAsync("Match dates by cycle");
        await Expect(page.Page.Locator("a.calendar-subscribe").First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^webcal://.+/dates/20[0-9]{2}\\.ics$"));
    }
}
