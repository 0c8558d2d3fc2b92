using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>The glossary, the State 30 slot tracker and a member's waiver timeline, at phone (390 px) and desktop width.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GlossaryAndSlotTrackerTests(BrowserFixture browser)
{
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    public static TheoryData<string, int> PagesAndWidths => new()
    {
        { "/glossary", 390 }, { "/glossary", 1280 }, { "/j1-waiver", 390 }, { "/j1-waiver", 1280 },
    };

    private static ViewportSize Viewport(int width) => width == 390 ? Phone390 : BrowserFixture.Desktop;

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task Page_AtWidth_HasNoAxeViolationsNoProblemsAndNoSidewaysScroll(string path, int width)
    {
        await using var page = await browser.OpenPageAsync(Viewport(width));
        await page.GotoAsync(path, WaitUntilState.NetworkIdle);

        await Axe.AssertNoViolationsAsync(page.Page);
        var overflow = await page.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");

        Assert.Empty(page.Problems);
        Assert.False(overflow, $"{path} scrolls sideways at {width} px.");
    }

    [Fact]
    public async Task Glossary_LetterIndexLink_ScrollsToThatLettersTerms()
    {
        await using var page = await browser.OpenPageAsync(Phone390);
        await page.GotoAsync("/glossary");

        await page.Page.Locator("nav.glossary-index a[href='#letter-s']").ClickAsync();

        await Expect(page.Page.Locator("#letter-s")).ToBeInViewportAsync();
        await Expect(page.Page.Locator("#soap dfn")).ToHaveTextAsync("SOAP");
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task WaiverTimeline_MemberGivesTheirDates_SeesTheStepsWithNoAxeViolations(int width)
    {
        var email = $"timeline-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email);
        await using var page = await browser.OpenPageAsync(Viewport(width));
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(ImgPortal.TestSupport.PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToHaveCountAsync(1);

        await page.GotoAsync("/j1-waiver/timeline");
        await page.Page.GetByLabel("The day you complete the DS-3035").FillAsync("2025-10-01");
        await page.Page.GetByLabel("The day the state sent its recommendation").FillAsync("2025-12-15");
        await page.Page.ClickAsync("#timeline-form button[type=submit]");

        await Expect(page.Page.Locator("#step-dos-recommendation")).ToContainTextAsync("February 9, 2026");
        await Axe.AssertNoViolationsAsync(page.Page);
        Assert.Empty(page.Problems);
    }
}
