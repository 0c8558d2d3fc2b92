using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Profiles;
using ImgPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>
/// Every public and member page at a phone's width and a laptop's: no table cell, caption or heading breaks
/// inside a word, and no page scrolls sideways. Each page's screenshot goes to artifacts/test-results/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadableLayoutTests(BrowserFixture browser)
{
    public const int PhoneWidth = 390;
    public const int LaptopWidth = 1280;

    public static readonly IReadOnlyList<string> MemberPages =
        ["/profile", "/profile/outcomes", "/roadmap", "/mentoring/request", "/mentoring/dashboard", "/j1-waiver/timeline"];

    public static readonly IReadOnlyList<string> StaffPages =
        ["/staff", "/staff/audit", "/staff/members", "/staff/state-pathways", "/staff/waiver-years", "/staff/season-dates", "/staff/glossary", "/staff/pages/reviews", "/staff/mentors",
         "/staff/audit?actor=nobody-at-all", "/staff/pages/4", "/staff/pairings", "/staff/mentoring"];

    [Theory]
    [InlineData(PhoneWidth)]
    [InlineData(LaptopWidth)]
    public async Task PublicPages_AtWidth_KeepWordsWholeAndNeverScrollSideways(int width)
    {
        await using var page = await browser.OpenPageAsync(new ViewportSize { Width = width, Height = 900 });

        var problems = await ProblemsOnAsync(page, PortalPages.Public, width);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData(PhoneWidth)]
    [InlineData(LaptopWidth)]
    public async Task MemberPages_AtWidth_KeepWordsWholeAndNeverScrollSideways(int width)
    {
        var email = $"layout-{width}-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email);
        await using var page = await SignedInAsync(email, width);

        var problems = await ProblemsOnAsync(page, MemberPages, width);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData(PhoneWidth)]
    [InlineData(LaptopWidth)]
    public async Task StaffTables_AtWidth_KeepWordsWholeAndNeverScrollSideways(int width)
    {
        var email = $"layout-staff-{width}-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, "Staff");
        await using var page = await SignedInAsync(email, width);

        var problems = await ProblemsOnAsync(page, StaffPages, width);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData(PhoneWidth, "block", "\"Roles\"")]
    [InlineData(LaptopWidth, "table-cell", "none")]
    public async Task StaffUsers_AtWidth_OnAPhoneEachAccountIsACardWithItsColumnNamesAndTheListNeverScrollsInItsOwnBox(
        int width, string cellDisplay, string cellLabel)
    {
        // A long address without a break point: it must wrap inside its card, not push the list wider than a phone.
        var email = $"u{width}-{Guid.NewGuid():N}{Guid.NewGuid().ToString("N")[..20]}@test.example";
        await browser.CreateUserAsync(email, "Admin");
        await using var page = await SignedInAsync(email, width);

        await page.GotoAsync($"/staff/users?email={email}");

        var layout = await page.Page.EvaluateAsync<string[]>(
            """
            () => {
              const table = document.querySelector('#users');
              const roles = table.querySelector('tbody tr td:nth-child(2)');
              return [
                getComputedStyle(roles).display,
                getComputedStyle(roles, '::before').content,
                String(table.scrollWidth <= table.clientWidth),
                getComputedStyle(table).overflowX,
              ];
            }
            """);
        Assert.Equal(cellDisplay, layout[0]);
        Assert.Equal(cellLabel, layout[1]);
        Assert.Equal("true", layout[2]);
        Assert.NotEqual("auto", layout[3]);
        Assert.Equal(0, await LayoutProbe.SidewaysOverflowAsync(page.Page));
        await LayoutProbe.ScreenshotAsync(page.Page, "/staff/users", width);
    }

    [Theory]
    [InlineData(PhoneWidth, "block", "\"Specialties\"")]
    [InlineData(LaptopWidth, "table-cell", "none")]
    public async Task StaffMembers_AtWidth_OnAPhoneEachMemberIsACardWithItsColumnNamesAndTheListNeverScrollsInItsOwnBox(
        int width, string cellDisplay, string cellLabel)
    {
        // A long address without a break point and a long list of specialties: both must wrap inside the card.
        var email = $"m{width}-{Guid.NewGuid():N}{Guid.NewGuid().ToString("N")[..20]}@test.example";
        await MemberSeed.AddAsync(
            browser.Portal, email, "University of the West Indies", RoadmapStage.Exams, VisaNeed.J1, mentor: true,
            ["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry"], ["NY", "NJ", "PA", "CT"]);
        var staff = $"layout-members-{width}-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(staff, "Staff");
        await using var page = await SignedInAsync(staff, width);

        await page.GotoAsync($"/staff/members?q={email}");

        var layout = await page.Page.EvaluateAsync<string[]>(
            """
            () => {
              const table = document.querySelector('#members');
              const rows = table.querySelectorAll('tbody tr');
              const specialties = rows[0].querySelector('td:nth-child(4)');
              return [
                getComputedStyle(specialties).display,
                getComputedStyle(specialties, '::before').content,
                String(table.scrollWidth <= table.clientWidth),
                getComputedStyle(table).overflowX,
                String(rows.length),
                specialties.textContent.trim(),
              ];
            }
            """);
        Assert.Equal(cellDisplay, layout[0]);
        Assert.Equal(cellLabel, layout[1]);
        Assert.Equal("true", layout[2]);
        Assert.NotEqual("auto", layout[3]);
        Assert.Equal("1", layout[4]);
        Assert.All(["Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry"], s => Assert.Contains(s, layout[5], StringComparison.Ordinal));
        Assert.Equal(0, await LayoutProbe.SidewaysOverflowAsync(page.Page));
        await LayoutProbe.ScreenshotAsync(page.Page, "/staff/members", width);
    }

    [Fact]
    public async Task BrokenWordsProbe_TableSqueezedWithOverflowWrapAnywhere_ReportsTheBrokenWords()
    {
        await using var page = await browser.OpenPageAsync(BrowserFixture.Phone);
        await page.Page.SetContentAsync(
            """
            <style>body { overflow-wrap: anywhere; } table { width: 120px; }</style>
            <table><tr><th>Program</th><td>Requirements and conditions of the temporary license</td></tr></table>
            <h2 style="width: 60px">Extraordinarily</h2>
            """);

        var broken = await LayoutProbe.BrokenWordsAsync(page.Page);

        Assert.Contains(broken, b => b.StartsWith("<h2> \"Extraordinarily\"", StringComparison.Ordinal));
        Assert.Contains(broken, b => b.Contains("\"Requirements\"", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ProblemsOnAsync(WatchedPage page, IEnumerable<string> paths, int width)
    {
        var problems = new List<string>();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            problems.AddRange((await LayoutProbe.BrokenWordsAsync(page.Page)).Select(b => $"{path} at {width}px: word broken: {b}"));
            var overflow = await LayoutProbe.SidewaysOverflowAsync(page.Page);
            if (overflow > 0)
            {
                problems.Add($"{path} at {width}px scrolls sideways by {overflow}px");
            }

            await LayoutProbe.ScreenshotAsync(page.Page, path, width);
        }

        return problems;
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
