using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>A member's outcomes page and staff's figures by cohort: axe finds nothing at a phone's width or a laptop's.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutcomesAndCohortsPagesTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(ReadableLayoutTests.PhoneWidth)]
    [InlineData(ReadableLayoutTests.LaptopWidth)]
    public async Task OutcomesPage_MemberRecordsAMatch_ListsItAndAxeFindsNothing(int width)
    {
        var email = $"outcomes-{width}-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email);
        await using var page = await SignedInAsync(email, width);

        await page.GotoAsync("/profile/outcomes");
        await page.Page.GetByLabel("What happened").SelectOptionAsync("MatchedToResidency");
        await page.Page.GetByLabel("Date", new() { Exact = true }).FillAsync("2026-03-20");
        await page.Page.GetByLabel("Residency program").FillAsync("Mercy General Internal Medicine");
        await page.Page.GetByLabel("Specialty", new() { Exact = true }).SelectOptionAsync("Internal Medicine");
        await page.Page.GetByLabel("Match year").FillAsync("2026");
        await page.Page.Locator("form#add-outcome button[type=submit]").ClickAsync();

        await Expect(page.Page.Locator(".own-outcomes .outcome strong")).ToHaveTextAsync("Matched to Mercy General Internal Medicine, Internal Medicine, Match 2026");
        await Axe.AssertNoViolationsAsync(page.Page);
    }

    [Theory]
    [InlineData(ReadableLayoutTests.PhoneWidth)]
    [InlineData(ReadableLayoutTests.LaptopWidth)]
    public async Task StaffMentoringOverview_WithCohortFigures_AxeFindsNothing(int width)
    {
        var email = $"cohorts-{width}-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, "Staff");
        await using var page = await SignedInAsync(email, width);

        await page.GotoAsync("/staff/mentoring");

        await Expect(page.Page.Locator("#cohorts-heading")).ToHaveTextAsync("Figures by cohort");
        await Axe.AssertNoViolationsAsync(page.Page);
    }

    private async Task<WatchedPage> SignedInAsync(string email, int width)
    {
        var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 900 });
        await page.GotoAsync(PortalPages.Login);
        await page.Page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToBeAttachedAsync();
        return page;
    }
}
