using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>The member's follow settings (<c>/alerts</c>) and the public change log, at phone and desktop widths.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AlertsPageTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Alerts_MemberSavesAndGetsAnError_FindsNoAxeViolations(int width)
    {
        var email = $"alerts-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email);
        await using var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 800 });
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(ImgPortal.TestSupport.PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToHaveCountAsync(1);

        await page.GotoAsync("/alerts");
        await Axe.AssertNoViolationsAsync(page.Page);
        foreach (var box in await page.Page.Locator("input[name='Input.Topics']:checked").AllAsync())
        {
            await box.UncheckAsync();
        }

        await page.Page.ClickAsync("#alerts-form button[type=submit]");
        await Expect(page.Page.Locator("#topics-error")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page.Page);

        await page.Page.GetByLabel("Visas").CheckAsync();
        await page.Page.ClickAsync("#alerts-form button[type=submit]");
        await Expect(page.Page.Locator("main")).ToContainTextAsync("Saved.");
        await Axe.AssertNoViolationsAsync(page.Page);

        await page.GotoAsync("/changes");
        await Axe.AssertNoViolationsAsync(page.Page);
        Assert.Empty(page.Problems);
    }
}
