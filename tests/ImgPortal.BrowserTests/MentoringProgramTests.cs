using Deque.AxeCore.Playwright;
using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.TestSupport;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MentoringProgramTests(BrowserFixture browser)
{
    [Fact]
    public async Task WholeProgram_VolunteerApprovedAskedPairedAccepted_BothSeeEachOtherAndEveryPagePassesAxe()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var mentorEmail = $"mentor-{suffix}@browser.example";
        var memberEmail = $"member-{suffix}@browser.example";
        var mentorName = $"Dr Rivera {suffix}";
        var menteeName = $"Amal {suffix}";
        await browser.Portal.CreateUserAsync(mentorEmail);
        await browser.Portal.CreateUserAsync(memberEmail);
        await using var mentor = await SignedInAsync(mentorEmail);
        await using var staff = await SignedInAsync(PortalFactory.AdminEmail);
        await using var member = await SignedInAsync(memberEmail);

        // A mentor volunteers.
        var m = mentor.Page;
        await mentor.GotoAsync("/mentoring/volunteer");
        await AssertAccessibleAsync(mentor);
        await m.GetByLabel("Name shown to mentees", new() { Exact = true }).FillAsync(mentorName);
        await m.GetByLabel("Specialty", new() { Exact = true }).SelectOptionAsync("Internal Medicine");
        await m.GetByLabel("Hospital or program", new() { Exact = true }).FillAsync("Mercy General");
        await m.GetByLabel("State", new() { Exact = true }).SelectOptionAsync("NY");
        await m.GetByLabel("License 1: state", new() { Exact = true }).SelectOptionAsync("NY");
        await m.GetByLabel("License 1: number", new() { Exact = true }).FillAsync("298765");
        await m.GetByLabel("NPI (optional)", new() { Exact = true }).FillAsync("1234567893");
        await m.GetByLabel("Years in practice", new() { Exact = true }).FillAsync("12");
        await m.GetByLabel("I am an international medical graduate myself", new() { Exact = true }).CheckAsync();
        await m.GetByLabel("List me in the public mentor directory once approved", new() { Exact = true }).CheckAsync();
        await m.GetByLabel("Spanish", new() { Exact = true }).CheckAsync();
        await m.GetByLabel("Countries where you trained in medicine", new() { Exact = true }).FillAsync("Mexico");
        await m.GetByLabel("Interviewing", new() { Exact = true }).CheckAsync();
        await m.GetByLabel("How many mentees at once", new() { Exact = true }).FillAsync("2");
        await m.GetByLabel("I agree to the mentoring program's terms", new() { Exact = true }).CheckAsync();
        await m.GetByRole(AriaRole.Button, new() { Name = "Send my application" }).ClickAsync();
        await Expect(m.Locator(".mentor-status")).ToHaveTextAsync("Pending");
        await AssertAccessibleAsync(mentor);

        // Staff approve.
        var s = staff.Page;
        await staff.GotoAsync("/staff/mentors?status=Pending");
        await AssertAccessibleAsync(staff);
        await s.GetByRole(AriaRole.Link, new() { Name = mentorName }).ClickAsync();
        await AssertAccessibleAsync(staff);
        foreach (var item in new[] { "LicenseVerified", "CodeOfConductAccepted", "OrientationDone" })
        {
            await s.Locator($".vetting-{item}").GetByRole(AriaRole.Button, new() { Name = "Record as done" }).ClickAsync();
            await Expect(s.Locator($".vetting-{item}")).ToHaveAttributeAsync("data-due", "false");
        }

        await AssertAccessibleAsync(staff);
        await s.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(s.Locator(".mentor-status")).ToHaveTextAsync("Approved");

        // The mentor is public now.
        await member.GotoAsync("/mentoring/mentors?specialty=Internal%20Medicine&language=Spanish");
        await Expect(member.Page.GetByRole(AriaRole.Heading, new() { Name = mentorName })).ToBeVisibleAsync();
        await AssertAccessibleAsync(member);

        // A member asks for a mentor.
        var p = member.Page;
        await member.GotoAsync("/mentoring/request");
        await AssertAccessibleAsync(member);
        await p.GetByLabel("Your name, as your mentor will see it", new() { Exact = true }).FillAsync(menteeName);
        await p.GetByLabel("Interviewing", new() { Exact = true }).CheckAsync();
        await p.GetByLabel("Preferred specialty", new() { Exact = true }).SelectOptionAsync("Internal Medicine");
        await p.GetByLabel("Language you would like to speak with your mentor", new() { Exact = true }).SelectOptionAsync("Spanish");
        await p.GetByLabel("Country where you trained in medicine", new() { Exact = true }).FillAsync("Mexico");
        await p.GetByRole(AriaRole.Button, new() { Name = "Send my request" }).ClickAsync();
        await Expect(p.Locator(".request-status")).ToHaveTextAsync("Open");
        await AssertAccessibleAsync(member);

        // Staff see why the mentor is suggested, and pair them.
        await staff.GotoAsync("/staff/requests?status=Open");
        await s.GetByRole(AriaRole.Link, new() { Name = menteeName }).ClickAsync();
        var suggestion = s.Locator(".suggestion").Filter(new() { HasText = mentorName });
        await Expect(suggestion.Locator(".reasons")).ToContainTextAsync("+30 specialty: Internal Medicine");
        await Expect(suggestion.Locator(".reasons")).ToContainTextAsync("+20 speaks Spanish");
        await AssertAccessibleAsync(staff);
        await suggestion.GetByRole(AriaRole.Button, new() { Name = $"Pair with {mentorName}" }).ClickAsync();
        await Expect(s.Locator(".pairing-state")).ToHaveTextAsync("Proposed");
        await staff.GotoAsync("/staff/mentoring");
        await AssertAccessibleAsync(staff);

        // The mentor accepts.
        await mentor.GotoAsync("/mentoring/dashboard");
        await AssertAccessibleAsync(mentor);
        await m.GetByRole(AriaRole.Button, new() { Name = $"Accept {menteeName}" }).ClickAsync();
        await Expect(m.Locator(".mentee-contact")).ToHaveTextAsync(memberEmail);
        await AssertAccessibleAsync(mentor);

        // The member sees their mentor and how to reach them.
        await member.GotoAsync("/mentoring/dashboard");
        await Expect(p.Locator(".your-mentor")).ToContainTextAsync(mentorName);
        await Expect(p.Locator(".mentor-contact")).ToHaveTextAsync(mentorEmail);
        await AssertAccessibleAsync(member);

        Assert.True(mentor.Problems.Count == 0, mentor.Describe());
        Assert.True(staff.Problems.Count == 0, staff.Describe());
        Assert.True(member.Problems.Count == 0, member.Describe());
    }

    private async Task<WatchedPage> SignedInAsync(string email)
    {
        var page = await browser.OpenPageAsync(BrowserFixture.Desktop);
        await page.GotoAsync(PortalPages.Login);
        await page.Page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.Page.GetByLabel("Password", new() { Exact = true }).FillAsync(PortalFactory.Password);
        await page.Page.Locator("form#account button[type=submit]").ClickAsync();
        await Expect(page.Page.Locator("form#logout-form")).ToBeAttachedAsync();
        return page;
    }

    private static async Task AssertAccessibleAsync(WatchedPage page)
    {
        var result = await page.Page.RunAxe();

        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"axe on {page.Page.Url}:{Environment.NewLine}{string.Join(Environment.NewLine, violations)}");
    }
}
