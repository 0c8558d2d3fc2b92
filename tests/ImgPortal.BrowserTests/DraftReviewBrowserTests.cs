using System.Text.RegularExpressions;
using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>The draft page with its review panel (ADR 0093), as the reviewer sees it on a phone and a desktop.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DraftReviewBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task DraftReviewPanel_SentCommentedAt390And1280_NoAxeViolationsAndNothingSpillsSideways()
    {
        var reviewerEmail = $"reviewer-{Guid.NewGuid():N}@test.example";
        await using var author = await LogInAsStaffAsync($"author-{Guid.NewGuid():N}@test.example");
        await using var reviewer = await LogInAsStaffAsync(reviewerEmail);
        await author.GotoAsync("/staff/pages");
        await author.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "/residency" }).GetByRole(AriaRole.Link).First.ClickAsync();
        var draftPath = new Uri(author.Page.Url).AbsolutePath;
        await author.Page.GetByLabel("Summary", new() { Exact = true }).FillAsync("A summary a colleague should read first.");
        await author.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await author.Page.GetByText("Draft saved").WaitForAsync();
        await author.Page.GetByLabel("Send for review to").SelectOptionAsync(new SelectOptionValue { Label = reviewerEmail });
        await author.Page.GetByLabel("Note for them").FillAsync("Is the summary clear enough for a first-year applicant?");
        await author.Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await author.Page.GetByText("Sent for review:").WaitForAsync();

        var violations = new List<string>();
        var problems = new List<string>();
        foreach (var width in new[] { 390, 1280 })
        {
            await reviewer.Page.SetViewportSizeAsync(width, 800);
            // A new address each time: the same address with only its fragment is not a navigation.
            await reviewer.GotoAsync($"{draftPath}?width={width}#draft-review");
            await reviewer.Page.Locator("#approve-form").WaitForAsync();
            await LayoutProbe.ScreenshotAsync(reviewer.Page, "draft-review", width);
            violations.AddRange(await Axe.ScanAsync(reviewer.Page));
            if (await LayoutProbe.SidewaysOverflowAsync(reviewer.Page) is var overflow and > 0)
            {
                problems.Add($"{width} px: the page scrolls sideways by {overflow} px");
            }
        }

        await reviewer.Page.GetByLabel("Add a comment").FillAsync("Clear to me.");
        await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await reviewer.Page.GetByText("Comment added to the draft.").WaitForAsync();

        Assert.Equal(2, await reviewer.Page.Locator("#draft-review .draft-comment").CountAsync());
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(reviewer.Problems.Count == 0, reviewer.Describe());
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task ReturnForm_RefusedComment_FocusesTheSummaryLinkingToTheBoxThatKeepsTheText(int width)
    {
        var reviewerEmail = $"reviewer-{Guid.NewGuid():N}@test.example";
        await using var author = await LogInAsStaffAsync($"author-{Guid.NewGuid():N}@test.example");
        await using var reviewer = await LogInAsStaffAsync(reviewerEmail);
        await author.GotoAsync("/staff/pages");
        await author.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "/contact" }).GetByRole(AriaRole.Link).First.ClickAsync();
        var draftPath = new Uri(author.Page.Url).AbsolutePath;
        await author.Page.GetByLabel("Summary", new() { Exact = true }).FillAsync($"A summary to return, {width} px.");
        await author.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await author.Page.GetByText("Draft saved").WaitForAsync();
        await author.Page.GetByLabel("Send for review to").SelectOptionAsync(new SelectOptionValue { Label = reviewerEmail });
        await author.Page.GetByRole(AriaRole.Button, new() { Name = "Send for review" }).ClickAsync();
        await author.Page.GetByText("Sent for review:").WaitForAsync();

        await reviewer.Page.SetViewportSizeAsync(width, 800);
        await reviewer.GotoAsync($"{draftPath}#draft-review");
        // Only spaces: the browser's "required" lets it through, the portal refuses it.
        await reviewer.Page.GetByLabel("What should change").FillAsync("   ");
        await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Return with comment" }).ClickAsync();

        var summary = reviewer.Page.Locator("#error-summary");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToBeInViewportAsync();
        await Expect(summary.Locator("h2")).ToContainTextAsync("Nothing was saved");
        await LayoutProbe.ScreenshotAsync(reviewer.Page, "draft-review-refused", width);
        await summary.Locator("a[href='#return-comment']").ClickAsync();
        await Expect(reviewer.Page.Locator("#return-comment")).ToBeFocusedAsync();
        await Expect(reviewer.Page.Locator("#return-comment")).ToHaveAttributeAsync("aria-invalid", "true");
        await Axe.AssertNoViolationsAsync(reviewer.Page);
    }

    private async Task<WatchedPage> LogInAsStaffAsync(string email)
    {
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
