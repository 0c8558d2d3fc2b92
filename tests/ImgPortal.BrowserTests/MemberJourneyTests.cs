using ImgPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>A new member's whole path, in one browser: register to a roadmap built from their profile.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MemberJourneyTests(BrowserFixture browser)
{
    private const string Passphrase = "lanterns over the quiet harbour";

    [Fact]
    public async Task NewMember_RegistersConfirmsFillsTheProfile_SeesTheRoadmapChangeAndDownloadsTheCalendar()
    {
        var email = $"journey-{Guid.NewGuid():N}@test.example";
        await using var watched = await browser.OpenPageAsync(BrowserFixture.Desktop);
        var page = watched.Page;

        await watched.GotoAsync(PortalPages.Register);
        await Axe.AssertNoViolationsAsync(page);
        await page.FillAsync("#Input_DisplayName", "Journey Member");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Passphrase);
        await page.FillAsync("#Input_ConfirmPassword", Passphrase);
        await page.ClickAsync("#registerSubmit");
        await Expect(page.Locator("h1")).ToContainTextAsync("Check your e-mail");

        await watched.GotoAsync(browser.Mailbox.LinkIn(email, "ConfirmEmail").PathAndQuery);
        await Expect(page.Locator("main")).ToContainTextAsync("Thank you for confirming your e-mail");

        await watched.GotoAsync(PortalPages.Login);
        await Axe.AssertNoViolationsAsync(page);
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", Passphrase);
        await page.ClickAsync("#login-submit");
        await Expect(page.Locator("form#logout-form")).ToHaveCountAsync(1);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your profile");

        await page.ClickAsync("nav[aria-label=Main] a[href='/roadmap']");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your roadmap");
        await Expect(page.Locator(".next-actions")).ToContainTextAsync("Fill in your profile");
        await Expect(page.Locator("#step-usmle-step1 .step-state")).ToHaveTextAsync("Not started");
        await Axe.AssertNoViolationsAsync(page);

        await page.ClickAsync("nav[aria-label=Main] a[href='/profile']");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Your profile");
        await Axe.AssertNoViolationsAsync(page);
        await page.GetByLabel("Country of your medical school").FillAsync("Nigeria");
        await page.GetByLabel("Name of your medical school").FillAsync("University of Ibadan");
        await page.GetByLabel("Graduation year").FillAsync("2021");
        await page.GetByLabel("USMLE Step 1 result").SelectOptionAsync("Passed");
        await page.GetByLabel("Step 1 date").FillAsync("2024-04-02");
        await page.GetByLabel("Visa you will need for residency").SelectOptionAsync("J1");
        await page.GetByLabel("New York", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("I would like a mentor").CheckAsync();
        await page.ClickAsync("#profile-form button[type=submit]");

        await Expect(page.Locator("h1")).ToHaveTextAsync("Your roadmap");
        await Expect(page.Locator("#step-usmle-step1 .step-state")).ToHaveTextAsync("Done");
        await Expect(page.Locator(".next-actions")).ToContainTextAsync("Read the State 30 waiver page");
        await Axe.AssertNoViolationsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#calendar-link"));
        var calendar = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Equal("imgportal-dates.ics", download.SuggestedFilename);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", calendar, StringComparison.Ordinal);
        // Residency starts on July 1 of the Match the member can aim for (2027 or later, ADR 0074).
        Assert.Matches(@"DTSTART;VALUE=DATE:20\d\d0701", calendar);
        Assert.True(watched.Problems.Count == 0, watched.Describe());
    }
}
