using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>The roadmap's calendar address copied with one tap, and date fields that name the month.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoadmapOnAPhoneBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task DateField_TypedDate_IsShownWithTheMonthsName(int width)
    {
        await using var page = await LogInAsync(width);

        await page.GotoAsync("/profile");
        await page.Page.GetByLabel("Step 1 date").FillAsync("2030-08-03");

        await Expect(page.Page.Locator("#Input_Step1Date-readout")).ToHaveTextAsync("That is August 3, 2030.");
        Assert.Equal(0, await LayoutProbe.SidewaysOverflowAsync(page.Page));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task CalendarAddress_CopyButton_CopiesAndSaysSo(int width)
    {
        await using var page = await LogInAsync(width);
        await page.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

        await page.GotoAsync("/roadmap");
        await page.Page.ClickAsync("#calendar-feed-renew");
        await page.Page.ClickAsync("#calendar-feed-copy");

        await Expect(page.Page.Locator("#calendar-feed-copied")).ToHaveTextAsync("Copied. Paste it into your calendar app.");
        var feed = await page.Page.Locator("#calendar-feed-url").GetAttributeAsync("href");
        Assert.Equal(feed, await page.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        await Expect(page.Page.Locator("#calendar-feed-webcal")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^webcal://"));
        await Axe.AssertNoViolationsAsync(page.Page);
        Assert.Equal(0, await LayoutProbe.SidewaysOverflowAsync(page.Page));
    }

    private async Task<WatchedPage> LogInAsync(int width)
    {
        var email = $"roadmap-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email);
        var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 800 });
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(ImgPortal.TestSupport.PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToHaveCountAsync(1);
        return page;
    }
}
