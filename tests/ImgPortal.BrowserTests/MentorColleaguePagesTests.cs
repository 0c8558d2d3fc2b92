using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

/// <summary>
/// The pages issue #21 item 6 changed, at 390 and 1280 px with axe: the volunteer form with the orientation, the
/// volunteer's own application, staff's checklist, staff's language warning, and the pairing page's roadmap part.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MentorColleaguePagesTests(BrowserFixture browser)
{
    [Fact]
    public async Task VolunteerApplicationAndChecklist_PhoneAndLaptop_PassAxeAndFitTheScreen()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var mentorEmail = $"colleague-{suffix}@browser.example";
        var mentorName = $"Dr Osei {suffix}";
        await browser.CreateUserAsync(mentorEmail);
        await using var mentor = await SignedInAsync(mentorEmail);
        await using var staff = await SignedInAsync(PortalFactory.AdminEmail);

        var m = mentor.Page;
        await mentor.GotoAsync("/mentoring/volunteer");
        await CheckPageAsync(mentor, "volunteer");
        await m.GetByLabel("Name shown to mentees", new() { Exact = true }).FillAsync(mentorName);
        await m.GetByLabel("Specialty", new() { Exact = true }).SelectOptionAsync("Pediatrics");
        await m.GetByLabel("Hospital or program", new() { Exact = true }).FillAsync("Mercy General");
        await m.GetByLabel("State", new() { Exact = true }).SelectOptionAsync("NY");
        await m.GetByLabel("License 1: state", new() { Exact = true }).SelectOptionAsync("NY");
        await m.GetByLabel("License 1: number", new() { Exact = true }).FillAsync("298765");
        await m.GetByLabel("Years in practice", new() { Exact = true }).FillAsync("8");
        await m.GetByLabel("French", new() { Exact = true }).CheckAsync();
        await m.GetByLabel("Interviewing", new() { Exact = true }).CheckAsync();
        await m.GetByLabel("I agree to the mentoring program's terms", new() { Exact = true }).CheckAsync();
        await m.GetByLabel("I have read the mentor orientation", new() { Exact = true }).CheckAsync();
        await m.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
        await m.GetByRole(AriaRole.Link, new() { Name = "See or change your application" }).ClickAsync();
        await Expect(m.GetByRole(AriaRole.Heading, new() { Name = "Your application to mentor" })).ToBeVisibleAsync();
        await CheckPageAsync(mentor, "application");

        var mentorId = await QueryAsync(db => db.Mentors.Where(x => x.DisplayName == mentorName).Select(x => x.Id).SingleAsync());
        await staff.GotoAsync($"/staff/mentors/{mentorId}");
        await Expect(staff.Page.Locator(".vetting-OrientationDone .accepted-by-mentor")).ToContainTextAsync("accepted by the mentor");
        await Expect(staff.Page.Locator(".vetting-OrientationDone button")).ToHaveCountAsync(0);
        await CheckPageAsync(staff, "staff-mentor-checklist");
    }

    [Fact]
    public async Task LanguageWarningAndRoadmapSharing_PhoneAndLaptop_PassAxeAndFitTheScreen()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var mentorEmail = $"share-mentor-{suffix}@browser.example";
        var memberEmail = $"share-member-{suffix}@browser.example";
        var mentorUserId = await browser.CreateUserAsync(mentorEmail);
        var memberUserId = await browser.CreateUserAsync(memberEmail);
        var otherUserId = await browser.CreateUserAsync($"share-other-{suffix}@browser.example");
        var (openRequestId, pairingId) = await SeedAsync(mentorUserId, memberUserId, otherUserId, $"Dr Dubois {suffix}", suffix);
        await using var staff = await SignedInAsync(PortalFactory.AdminEmail);
        await using var member = await SignedInAsync(memberEmail);
        await using var mentor = await SignedInAsync(mentorEmail);

        await staff.GotoAsync($"/staff/requests/{openRequestId}");
        await Expect(staff.Page.Locator(".match-warning").First).ToContainTextAsync("No shared language");
        await CheckPageAsync(staff, "staff-request-language-warning");

        await mentor.GotoAsync($"/mentoring/pairings/{pairingId}");
        await Expect(mentor.Page.Locator(".roadmap-not-shared")).ToBeVisibleAsync();
        await CheckPageAsync(mentor, "pairing-roadmap-not-shared");

        await member.GotoAsync($"/mentoring/pairings/{pairingId}");
        await CheckPageAsync(member, "pairing-roadmap-consent");
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Share my roadmap stage and next dated steps with my mentor" }).ClickAsync();
        await Expect(member.Page.GetByRole(AriaRole.Button, new() { Name = "Stop sharing my roadmap" })).ToBeVisibleAsync();

        await mentor.GotoAsync($"/mentoring/pairings/{pairingId}");
        await Expect(mentor.Page.Locator(".roadmap-stage")).ToBeVisibleAsync();
        await CheckPageAsync(mentor, "pairing-roadmap-shared");
    }

    /// <summary>An approved mentor who speaks only French, a member's Spanish request proposed to them, and another member's open Spanish request.</summary>
    private async Task<(int OpenRequestId, int PairingId)> SeedAsync(string mentorUserId, string memberUserId, string otherUserId, string mentorName, string suffix)
    {
        using var scope = browser.Portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTime.UtcNow;
        var mentor = new Mentor
        {
            UserId = mentorUserId,
            DisplayName = mentorName,
            Specialty = "Internal Medicine",
            Hospital = "Mercy General",
            State = "NY",
            HelpAreas = HelpAreas.Interviewing,
            Capacity = 3,
            Status = MentorStatus.Approved,
            AppliedAtUtc = now,
            AgreedToTermsAtUtc = now,
            Languages = [new MentorLanguage { Language = "French" }],
            Licenses = [new MentorLicense { State = "NY", Number = "L-" + suffix }],
        };
        var paired = new MenteeRequest
        {
            MemberUserId = memberUserId,
            DisplayName = "Lucia " + suffix,
            HelpAreas = HelpAreas.Interviewing,
            Language = "Spanish",
            Status = RequestStatus.Proposed,
            CreatedAtUtc = now,
        };
        var open = new MenteeRequest
        {
            MemberUserId = otherUserId,
            DisplayName = "Mateo " + suffix,
            HelpAreas = HelpAreas.Interviewing,
            Language = "Spanish",
            Status = RequestStatus.Open,
            CreatedAtUtc = now,
        };
        db.AddRange(mentor, paired, open);
        await db.SaveChangesAsync();
        var pairing = new Pairing { MentorId = mentor.Id, MenteeRequestId = paired.Id, ProposedAtUtc = now };
        db.Pairings.Add(pairing);
        await db.SaveChangesAsync();
        return (open.Id, pairing.Id);
    }

    private async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        using var scope = browser.Portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private async Task<WatchedPage> SignedInAsync(string email)
    {
        var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(PortalPages.Login);
        await page.Page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToBeAttachedAsync();
        return page;
    }

    /// <summary>Axe finds nothing, no word breaks and nothing scrolls sideways at 390 and 1280 px; a screenshot of each is kept.</summary>
    private static async Task CheckPageAsync(WatchedPage page, string name)
    {
        foreach (var width in new[] { ReadableLayoutTests.PhoneWidth, ReadableLayoutTests.LaptopWidth })
        {
            await page.Page.SetViewportSizeAsync(width, 900);
            await Axe.AssertNoViolationsAsync(page.Page);
            var broken = await LayoutProbe.BrokenWordsAsync(page.Page);
            Assert.True(broken.Count == 0, $"{name} at {width}px breaks words: {string.Join("; ", broken)}");
            Assert.Equal(0, await LayoutProbe.SidewaysOverflowAsync(page.Page));
            await LayoutProbe.ScreenshotAsync(page.Page, "mentor-colleague-" + name, width);
        }

        await page.Page.SetViewportSizeAsync(BrowserFixture.Desktop.Width, BrowserFixture.Desktop.Height);
    }
}
