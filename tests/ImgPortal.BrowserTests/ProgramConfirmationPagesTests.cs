using System.Text.RegularExpressions;
using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>
/// Programs confirming their own records (ADR 0083) in a browser: staff send the link, the coordinator opens it and
/// proposes a change, staff review it. Each page, at a phone's width and a laptop's, passes axe, keeps words whole,
/// does not scroll sideways and shows words, never field names or ids (screenshots in artifacts/test-results/screenshots).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ProgramConfirmationPagesTests(BrowserFixture browser)
{
    /// <summary>What a person must never see: the record's field names, the form's input names, raw states.</summary>
    private static readonly string[] DeveloperWords =
        [.. ProgramConfirmationFields.Proposable, "Input.", "Input_", "ProgramConfirmation", "LastConfirmedByProgram", nameof(J1Policy.DoesNot), "NoLimit"];

    [Fact]
    public async Task SendOpenProposeReview_EveryPageReadsWellOnAPhoneAndALaptop()
    {
        var program = await AddProgramAsync();
        var coordinator = $"coordinator-{Guid.NewGuid():N}@program.example.org";

        // Staff send the link from the overview.
        await using var staff = await LogInAsStaffAsync();
        var s = staff.Page;
        await staff.GotoAsync(await OverviewPathAsync(staff, program.Id));
        var row = s.Locator($"#program-{program.Id}");
        await row.GetByLabel($"Coordinator's e-mail for {program.Name}").FillAsync(coordinator);
        await row.GetByRole(AriaRole.Button, new() { Name = "Send link" }).ClickAsync();
        await Expect(s.GetByText($"Sent {program.Name}'s coordinator a link")).ToBeVisibleAsync();
        await staff.GotoAsync(await OverviewPathAsync(staff, program.Id));
        await Expect(s.Locator($"#program-{program.Id} .link-status")).ToHaveTextAsync("Waiting for an answer");
        await CheckPageAsync(staff, "confirmations-overview");

        // The coordinator opens the e-mailed link: the record in words, the form with hints written for them.
        await browser.Mailbox.WaitForAsync(coordinator);
        var link = browser.Mailbox.LinkIn(coordinator, ConfirmationLinkService.LinkPath);
        await using var visitor = await browser.OpenPageAsync(new ViewportSize { Width = ReadableLayoutTests.PhoneWidth, Height = 844 });
        var v = visitor.Page;
        await visitor.GotoAsync(link.PathAndQuery);
        await Expect(v.Locator("h1")).ToHaveTextAsync($"Confirm {program.Name}");
        await Expect(v.Locator("#Input_Positions-hint")).ToHaveTextAsync(ProgramConfirmationFields.CoordinatorHints[nameof(ResidencyProgram.Positions)]);
        await Expect(v.Locator("#coordinator-contact")).ToContainTextAsync("Questions, or need a new link?");
        await AssertNoDeveloperWordsAsync(v);
        await CheckPageAsync(visitor, "coordinator-confirm");

        await v.GetByLabel("J-1 visa", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Accepts J-1" });
        await v.GetByLabel("First-year positions", new() { Exact = true }).FillAsync("12");
        await v.GetByLabel("Note for our staff", new() { Exact = true }).FillAsync("We accept J-1 from this year on; see our FAQ page.");
        await v.GetByRole(AriaRole.Button, new() { Name = "Send the proposed changes" }).ClickAsync();
        await Expect(v.Locator("h1")).ToHaveTextAsync("Thank you");
        await CheckPageAsync(visitor, "coordinator-thanks");

        // The link is used up: a friendly page, with whom to write to.
        await visitor.GotoAsync(link.PathAndQuery);
        await Expect(v.Locator("h1")).ToHaveTextAsync("This link does not work");
        await CheckPageAsync(visitor, "coordinator-link-used");
        Assert.True(visitor.Problems.All(p => p.Contains("410", StringComparison.Ordinal)), visitor.Describe());

        // Staff review the proposal: each changed field in words, now and proposed.
        await staff.GotoAsync(await OverviewPathAsync(staff, program.Id));
        await s.Locator("#proposals").GetByRole(AriaRole.Link, new() { Name = program.Name }).ClickAsync();
        await Expect(s.Locator("h1")).ToHaveTextAsync($"Proposal for {program.Name}");
        await Expect(s.Locator("#proposal-status")).ToHaveTextAsync("Changes proposed");
        await Expect(s.Locator("#proposed-changes tr[data-field=J1] th")).ToHaveTextAsync("J-1 visa");
        await Expect(s.Locator("#proposed-changes tr[data-field=J1] .current-value")).ToHaveTextAsync("Does not accept J-1");
        await Expect(s.Locator("#proposed-changes tr[data-field=J1] .proposed-value")).ToHaveTextAsync("Accepts J-1");
        await AssertNoDeveloperWordsAsync(s);
        await CheckPageAsync(staff, "confirmations-review");
        Assert.True(staff.Problems.Count == 0, staff.Describe());
    }

    private static async Task AssertNoDeveloperWordsAsync(IPage page)
    {
        var text = await page.Locator("main").InnerTextAsync();
        var words = WordPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var shown = DeveloperWords.Where(d => d.EndsWith('.') || d.EndsWith('_') ? text.Contains(d, StringComparison.Ordinal) : words.Contains(d)).ToList();
        Assert.True(shown.Count == 0, $"{page.Url} shows developer words: {string.Join(", ", shown)}");
    }

    [GeneratedRegex(@"[A-Za-z0-9]+")]
    private static partial Regex WordPattern();

    /// <summary>Axe, whole words and no sideways scroll at 390 and 1280 px, with a screenshot of each; the page keeps its width.</summary>
    private static async Task CheckPageAsync(WatchedPage page, string name)
    {
        var before = page.Page.ViewportSize;
        foreach (var width in new[] { ReadableLayoutTests.PhoneWidth, ReadableLayoutTests.LaptopWidth })
        {
            await page.Page.SetViewportSizeAsync(width, 900);
            await Axe.AssertNoViolationsAsync(page.Page);
            var broken = await LayoutProbe.BrokenWordsAsync(page.Page);
            Assert.True(broken.Count == 0, $"{name} at {width}px breaks words: {string.Join("; ", broken)}");
            Assert.Equal(0, await LayoutProbe.SidewaysOverflowAsync(page.Page));
            await LayoutProbe.ScreenshotAsync(page.Page, "program-" + name, width);
        }

        await page.Page.SetViewportSizeAsync(before?.Width ?? BrowserFixture.Desktop.Width, before?.Height ?? BrowserFixture.Desktop.Height);
    }

    /// <summary>The overview page that lists the program (the list is paged).</summary>
    private static async Task<string> OverviewPathAsync(WatchedPage staff, int programId)
    {
        for (var page = 1; ; page++)
        {
            var path = $"/staff/programs/confirmations?page={page}";
            await staff.GotoAsync(path);
            if (await staff.Page.Locator($"#program-{programId}").CountAsync() > 0 || await staff.Page.Locator("a[rel=next]").CountAsync() == 0)
            {
                return path;
            }
        }
    }

    private async Task<ResidencyProgram> AddProgramAsync()
    {
        const string source = "https://program.example.org/policy | Test program: policies | 2026-12-01";
        var program = new ResidencyProgram
        {
            Key = "browser-confirm-" + Guid.NewGuid().ToString("N")[..8],
            Name = "Browser Confirmation Hospital Internal Medicine " + Guid.NewGuid().ToString("N")[..4],
            Specialty = "Internal Medicine",
            SponsoringInstitution = "Browser Test Hospital",
            Area = "Brooklyn",
            City = "Brooklyn",
            Website = "https://program.example.org/",
            ExistenceSource = source,
            J1 = J1Policy.DoesNot,
            J1Source = source,
            J1CheckedOn = new DateOnly(2026, 12, 1),
        };
        using var scope = browser.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        return program;
    }

    private async Task<WatchedPage> LogInAsStaffAsync()
    {
        var email = $"staff-{Guid.NewGuid():N}@test.example";
        await browser.CreateUserAsync(email, Roles.Staff);
        var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(PortalPages.Login);
        await page.Page.Locator("#Input_Email").FillAsync(email);
        await page.Page.Locator("#Input_Password").FillAsync(PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToBeAttachedAsync();
        return page;
    }
}
