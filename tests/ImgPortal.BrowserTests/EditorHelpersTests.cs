using System.Text.RegularExpressions;
using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>
/// The page editor's small helps in a real browser (ADR 0050): the Link button around selected words, lists continued
/// by Enter, the new page's address suggested from its title, and the schedule row on a 390 px phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EditorHelpersTests(BrowserFixture browser)
{
    private static readonly ViewportSize Phone390 = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Link_WithWordsSelected_KeepsThemAsTheLinkTextAndSelectsTheAddressToTypeOver()
    {
        await using var staff = await LogInAsStaffAsync();
        await PageEditor.OpenAsync(staff, "/residency");
        var body = staff.Page.Locator("#Input_BodyMarkdown");
        var toolbar = staff.Page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting for Body (Markdown)" });

        await body.FillAsync("Read the board site today.");
        await body.EvaluateAsync("area => { area.focus(); area.setSelectionRange(5, 19); }");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        var selected = await body.EvaluateAsync<string>("area => area.value.slice(area.selectionStart, area.selectionEnd)");
        await staff.Page.Keyboard.TypeAsync("https://www.fsmb.org/");

        Assert.Equal("https://", selected);
        await Expect(body).ToHaveValueAsync("Read [the board site](https://www.fsmb.org/) today.");
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    [Fact]
    public async Task Enter_AtTheEndOfABullet_StartsTheNextBulletAndEnterOnAnEmptyOneEndsTheList()
    {
        await using var staff = await LogInAsStaffAsync();
        await PageEditor.OpenAsync(staff, "/residency");
        var body = staff.Page.Locator("#Input_BodyMarkdown");

        await body.FillAsync("Bring:\n- passport");
        await body.PressAsync("Control+End");
        await body.PressAsync("Enter");
        await staff.Page.Keyboard.TypeAsync("diploma");
        await body.PressAsync("Enter");
        await body.PressAsync("Enter");
        await staff.Page.Keyboard.TypeAsync("That is all.");
        await body.PressAsync("Control+Home");
        await body.PressAsync("End");
        await body.PressAsync("Enter");
        await staff.Page.Keyboard.TypeAsync("Please");

        await Expect(body).ToHaveValueAsync("Bring:\nPlease\n- passport\n- diploma\n\nThat is all.");
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    [Fact]
    public async Task NewPage_TypingTheTitle_SuggestsTheAddressUntilTheAddressIsEditedByHand()
    {
        await using var staff = await LogInAsStaffAsync();
        await staff.GotoAsync("/staff/pages/new");
        var title = staff.Page.GetByLabel("Title", new() { Exact = true });
        var slug = staff.Page.GetByLabel("Address", new() { Exact = true });

        await title.PressSequentiallyAsync("Visa Basics: J-1 & H-1B ");
        await Expect(slug).ToHaveValueAsync("visa-basics-j-1-h-1b");
        await slug.FillAsync("visas");
        await title.PressAsync("End");
        await staff.Page.Keyboard.TypeAsync("for residents");

        await Expect(slug).ToHaveValueAsync("visas");
        await Expect(title).ToHaveValueAsync("Visa Basics: J-1 & H-1B for residents");
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    [Fact]
    public async Task ScheduleRow_OnA390PixelPhone_FitsWithoutSidewaysScrolling()
    {
        await using var staff = await LogInAsStaffAsync();
        await PageEditor.OpenAsync(staff, "/credentialing");
        await staff.Page.GetByLabel("Summary", new() { Exact = true }).FillAsync("A summary saved so the schedule row shows.");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await staff.Page.GetByText("Draft saved").WaitForAsync();

        await staff.Page.SetViewportSizeAsync(Phone390.Width, Phone390.Height);
        var schedule = staff.Page.Locator("#schedule-form");
        await schedule.ScrollIntoViewIfNeededAsync();
        var box = await schedule.BoundingBoxAsync();
        var overflow = await LayoutProbe.SidewaysOverflowAsync(staff.Page);
        await LayoutProbe.ScreenshotAsync(staff.Page, "staff-page-editor-schedule", Phone390.Width);

        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= Phone390.Width, $"The schedule row spans {box.X} to {box.X + box.Width} px.");
        Assert.Equal(0, overflow);
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    private async Task<WatchedPage> LogInAsStaffAsync()
    {
        var email = $"helper-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, Roles.Staff);
        var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await page.Page.WaitForURLAsync(NotLogin());
        return page;
    }

    [GeneratedRegex("^(?!.*[Ll]ogin).*$")]
    private static partial Regex NotLogin();
}
