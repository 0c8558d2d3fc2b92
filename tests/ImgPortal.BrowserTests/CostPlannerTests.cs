using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>The cost planner at phone (390 px) and desktop width: no axe violations, no sideways scroll, the form changes the estimate.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CostPlannerTests(BrowserFixture browser)
{
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task CostPlanner_AtWidth_ChangingProgramsUpdatesTheEstimateWithNoAxeViolationsOrSidewaysScroll(int width)
    {
        await using var page = await browser.OpenPageAsync(width == 390 ? Phone390 : BrowserFixture.Desktop);
        await page.GotoAsync("/costs", WaitUntilState.NetworkIdle);

        await page.Page.Locator("#adjust-programs").FillAsync("43");
        await page.Page.ClickAsync("#adjust-form button[type=submit]");

        await Expect(page.Page.Locator("#ahead-lines tr[data-item=ErasApplications]")).ToContainTextAsync("$720");
        await Axe.AssertNoViolationsAsync(page.Page);
        var overflow = await page.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.Empty(page.Problems);
        Assert.False(overflow, $"/costs scrolls sideways at {width} px.");
    }
}
