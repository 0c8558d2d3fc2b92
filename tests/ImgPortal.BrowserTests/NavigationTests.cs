using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class NavigationTests(BrowserFixture browser)
{
    private const string MainNavigation = "nav[aria-label=Main]";

    [Theory]
    [MemberData(nameof(PortalPages.MainNavigation), MemberType = typeof(PortalPages))]
    public async Task ClickMainNavigationLink_FromHomeAtDesktopWidth_OpensPageWithHeading(string path)
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync("/");
        var link = page.Page.Locator($"{MainNavigation} a[href='{path}']").First;

        await link.ClickAsync();
        await page.Page.WaitForURLAsync(new Uri(browser.BaseAddress, path).ToString());

        await Expect(page.Page.Locator("h1")).ToHaveCountAsync(1);
        await Expect(page.Page.Locator("h1")).ToBeVisibleAsync();
        Assert.True(page.Problems.Count == 0, page.Describe());
    }

    [Fact]
    public async Task MainNavigation_AtDesktopWidth_ShowsAccountLinksThenEveryGuidancePageInOrder()
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync("/");

        var hrefs = await page.Page.Locator($"{MainNavigation} #main-nav a.nav-link:visible")
            .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        Assert.Equal([PortalPages.Register, PortalPages.Login, .. PortalPages.Guidance, "/programs", "/dates"], hrefs);
    }

    [Fact]
    public async Task MainNavigation_AtDesktopWidth_FitsEachLinkOnOneLine()
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync("/");

        var wrapped = await page.Page.Locator($"{MainNavigation} a, {MainNavigation} button:visible").EvaluateAllAsync<string[]>(
            """
            elements => elements
                .filter(e => e.getClientRects().length > 1 || e.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(e).lineHeight))
                .map(e => e.textContent.trim())
            """);

        Assert.True(wrapped.Length == 0, $"These menu items break over two lines: {string.Join(", ", wrapped)}");
    }

    [Fact]
    public async Task MainNavigation_SignedInAsAdminAtDesktopWidth_FitsEachLinkOnOneLine()
    {
        var email = $"admin-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, ImgPortal.Core.Common.Roles.Admin, ImgPortal.Core.Common.Roles.Staff, ImgPortal.Core.Common.Roles.Mentor);
        await using var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(ImgPortal.TestSupport.PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToBeVisibleAsync();

        var wrapped = await page.Page.Locator($"{MainNavigation} a, {MainNavigation} button:visible").EvaluateAllAsync<string[]>(
            """
            elements => elements
                .filter(e => e.getClientRects().length > 1 || e.getBoundingClientRect().height > 2 * parseFloat(getComputedStyle(e).lineHeight))
                .map(e => e.textContent.trim())
            """);
        var overflow = await page.Page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");

        Assert.True(wrapped.Length == 0, $"These menu items break over two lines: {string.Join(", ", wrapped)}");
        Assert.False(overflow, "The signed-in header scrolls sideways at desktop width.");
    }

    [Fact]
    public async Task MenuToggler_AtPhoneWidth_RevealsLinksThatOpenTheirPage()
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Phone);
        await page.GotoAsync("/");
        var toggler = page.Page.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });
        var link = page.Page.Locator($"{MainNavigation} a[href='/contact']");
        await Expect(link).ToBeHiddenAsync();

        await toggler.ClickAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Page.Locator("#main-nav.collapse.show")).ToBeVisibleAsync();
        await link.ClickAsync();
        await page.Page.WaitForURLAsync(new Uri(browser.BaseAddress, "/contact").ToString());

        await Expect(page.Page.Locator("h1")).ToBeVisibleAsync();
        Assert.True(page.Problems.Count == 0, page.Describe());
    }

    [Fact]
    public async Task StaffMenuToggler_AtPhoneWidth_OpensClosesAndReopensOnStaffLinksThatOpenTheirPage()
    {
        var email = $"staff-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, ImgPortal.Core.Common.Roles.Staff);
        await using var page = await browser.OpenPageAsync(BrowserFixture.Phone);
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(ImgPortal.TestSupport.PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToBeAttachedAsync();
        await page.GotoAsync("/staff");
        var toggler = page.Page.GetByRole(AriaRole.Button, new() { Name = "Staff menu" });
        var link = page.Page.Locator("#staff-nav a[href='/staff/pages']");
        await Expect(link).ToBeHiddenAsync();

        await toggler.ClickAsync();
        await Expect(page.Page.Locator("#staff-nav.collapse.show")).ToBeVisibleAsync();
        await toggler.ClickAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(link).ToBeHiddenAsync();
        await toggler.ClickAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(page.Page.Locator("#staff-nav.collapse.show")).ToBeVisibleAsync();
        await link.ClickAsync();
        await page.Page.WaitForURLAsync(new Uri(browser.BaseAddress, "/staff/pages").ToString());

        await Expect(page.Page.Locator("h1")).ToBeVisibleAsync();
        Assert.True(page.Problems.Count == 0, page.Describe());
    }
}
