using ImgPortal.BrowserTests.Infrastructure;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ImgPortal.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class MentoringProgramTests(BrowserFixture browser)
{
    [Fact]
    public async Task WholeProgram_VolunteerToClosingFeedback_EveryStepWorksAndEveryPagePassesAxe()
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
        await Axe.AssertNoViolationsAsync(mentor.Page);
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
        await Axe.AssertNoViolationsAsync(mentor.Page);

        // Staff approve.
        var s = staff.Page;
        await staff.GotoAsync("/staff/mentors?status=Pending");
        await Axe.AssertNoViolationsAsync(staff.Page);
        await s.GetByRole(AriaRole.Link, new() { Name = mentorName }).ClickAsync();
        await Axe.AssertNoViolationsAsync(staff.Page);
        // The terms the mentor accepted on the volunteer form are not ticked again by staff.
        await Expect(s.Locator(".vetting-CodeOfConductAccepted")).ToHaveAttributeAsync("data-due", "false");
        await Expect(s.Locator(".vetting-CodeOfConductAccepted button")).ToHaveCountAsync(0);
        foreach (var item in new[] { "LicenseVerified", "OrientationDone" })
        {
            await s.Locator($".vetting-{item}").GetByRole(AriaRole.Button, new() { Name = "Record as done" }).ClickAsync();
            await Expect(s.Locator($".vetting-{item}")).ToHaveAttributeAsync("data-due", "false");
        }

        await Axe.AssertNoViolationsAsync(staff.Page);
        await s.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
        await Expect(s.Locator(".mentor-status")).ToHaveTextAsync("Approved");

        // The mentor is public now.
        await member.GotoAsync("/mentoring/mentors?specialty=Internal%20Medicine&language=Spanish");
        await Expect(member.Page.GetByRole(AriaRole.Heading, new() { Name = mentorName })).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(member.Page);

        // A member asks for a mentor.
        var p = member.Page;
        await member.GotoAsync("/mentoring/request");
        await Axe.AssertNoViolationsAsync(member.Page);
        await p.GetByLabel("Your name, as your mentor will see it", new() { Exact = true }).FillAsync(menteeName);
        await p.GetByLabel("Interviewing", new() { Exact = true }).CheckAsync();
        await p.GetByLabel("Preferred specialty", new() { Exact = true }).SelectOptionAsync("Internal Medicine");
        await p.GetByLabel("Language you would like to speak with your mentor", new() { Exact = true }).SelectOptionAsync("Spanish");
        await p.GetByLabel("Country where you trained in medicine", new() { Exact = true }).FillAsync("Mexico");
        await p.GetByRole(AriaRole.Button, new() { Name = "Send my request" }).ClickAsync();
        await Expect(p.Locator(".request-status")).ToHaveTextAsync("Open");
        await Axe.AssertNoViolationsAsync(member.Page);

        // Staff see why the mentor is suggested, and pair them.
        await staff.GotoAsync("/staff/requests?status=Open");
        await s.GetByRole(AriaRole.Link, new() { Name = menteeName }).ClickAsync();
        var suggestion = s.Locator(".suggestion").Filter(new() { HasText = mentorName });
        await Expect(suggestion.Locator(".reasons")).ToContainTextAsync("+30 specialty: Internal Medicine");
        await Expect(suggestion.Locator(".reasons")).ToContainTextAsync("+20 speaks Spanish");
        await Axe.AssertNoViolationsAsync(staff.Page);
        await suggestion.GetByRole(AriaRole.Button, new() { Name = $"Pair with {mentorName}" }).ClickAsync();
        await Expect(s.Locator(".pairing-state")).ToHaveTextAsync("Proposed");
        await staff.GotoAsync("/staff/mentoring");
        await Axe.AssertNoViolationsAsync(staff.Page);

        // The mentor answers on the pairing page: accepts with the agreement.
        await mentor.GotoAsync("/mentoring/dashboard");
        await Axe.AssertNoViolationsAsync(mentor.Page);
        await m.GetByRole(AriaRole.Link, new() { Name = $"Answer {menteeName}: accept with an agreement, or decline" }).ClickAsync();
        await CheckPageAsync(mentor, "pairing-proposed-mentor");
        await m.GetByLabel("Goals for the mentoring", new() { Exact = true }).FillAsync("Prepare for residency interviews; find an observership.");
        await m.GetByLabel("How often you will meet", new() { Exact = true }).SelectOptionAsync("EveryTwoWeeks");
        await Expect(m.GetByLabel("For how long (months)", new() { Exact = true })).ToHaveValueAsync("6");
        await m.GetByLabel("We accept the program's code of conduct", new() { Exact = true }).CheckAsync();
        await m.GetByRole(AriaRole.Button, new() { Name = $"Accept {menteeName} and propose this agreement" }).ClickAsync();
        await Expect(m.Locator(".agreement-goals")).ToHaveTextAsync("Prepare for residency interviews; find an observership.");
        await Expect(m.Locator(".mentee-contact")).ToHaveTextAsync(memberEmail);
        await CheckPageAsync(mentor, "pairing-agreement-proposed-mentor");

        // The member sees their mentor, confirms the agreement and logs their first meeting.
        await member.GotoAsync("/mentoring/dashboard");
        await Expect(p.Locator(".your-mentor")).ToContainTextAsync(mentorName);
        await Expect(p.Locator(".mentor-contact")).ToHaveTextAsync(mentorEmail);
        await Axe.AssertNoViolationsAsync(member.Page);
        await p.GetByRole(AriaRole.Link, new() { Name = "Open your pairing: agreement, meetings and goals, closing" }).ClickAsync();
        await Expect(p.Locator(".mentor-meeting")).ToBeVisibleAsync();
        await CheckPageAsync(member, "pairing-agreement-to-confirm-member");
        await p.GetByRole(AriaRole.Button, new() { Name = "I agree to this agreement and the code of conduct" }).ClickAsync();
        await Expect(p.Locator(".agreement-status")).ToContainTextAsync($"Confirmed by {menteeName}");
        await Expect(p.Locator(".log-empty")).ToBeVisibleAsync();
        await RefusedLogEntryAsync(member);
        await p.GetByLabel("Date", new() { Exact = true }).FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await p.GetByLabel("A meeting we held", new() { Exact = true }).CheckAsync();
        await p.GetByLabel("Note", new() { Exact = true }).FillAsync("First video call: we planned my interview practice.");
        await p.GetByRole(AriaRole.Button, new() { Name = "Add to the log" }).ClickAsync();
        await Expect(p.Locator(".log-note")).ToHaveTextAsync("First video call: we planned my interview practice.");
        await CheckPageAsync(member, "pairing-log-member");
        await p.GetByRole(AriaRole.Link, new() { Name = "Change", Exact = true }).ClickAsync();
        await Expect(p.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("First video call: we planned my interview practice.");
        await CheckPageAsync(member, "log-entry-edit-member");
        await p.GetByRole(AriaRole.Link, new() { Name = "Back to the pairing" }).ClickAsync();
        await Expect(p.Locator(".log-note")).ToHaveTextAsync("First video call: we planned my interview practice.");

        // The 30-day check-in's one-click answer, without signing in.
        var pairingId = int.Parse(new Uri(p.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        var token = browser.Portal.Services.GetRequiredService<ICheckInTokens>()
            .Sign(new CheckInToken(pairingId, PairingSide.Member, CheckInMilestone.Day30, CheckInAnswer.GoingWell), DateTime.UtcNow.AddDays(30));
        await using (var visitor = await browser.OpenPageAsync(new ViewportSize { Width = 390, Height = 844 }))
        {
            await visitor.GotoAsync($"/mentoring/check-in?token={Uri.EscapeDataString(token)}");
            await Expect(visitor.Page.Locator(".check-in-answer")).ToContainTextAsync("Going well");
            await CheckPageAsync(visitor, "check-in-thanks");
            await Expect(visitor.Page.Locator("a.check-in-feedback")).ToHaveAttributeAsync("href", $"/mentoring/pairings/{pairingId}/feedback?checkIn=30");
            Assert.True(visitor.Problems.Count == 0, visitor.Describe());
        }

        // The check-in's feedback form and the pairing page's own link lead to the same form; nothing is sent here.
        await member.GotoAsync($"/mentoring/pairings/{pairingId}/feedback?checkIn=30");
        await Expect(p.Locator("h1")).ToHaveTextAsync("Your 30-day check-in: tell us more");
        await CheckPageAsync(member, "feedback-check-in-member");
        await member.GotoAsync($"/mentoring/pairings/{pairingId}");
        await p.GetByRole(AriaRole.Link, new() { Name = "Tell staff how it is going" }).ClickAsync();
        await Expect(p.Locator("h1")).ToHaveTextAsync("Tell us how your mentoring is going");
        await CheckPageAsync(member, "feedback-during-member");

        // While it runs, staff see it on the pairings page with its feedback line (none sent yet).
        await staff.GotoAsync("/staff/pairings");
        await Expect(s.Locator($".active-pairing[data-pairing-id='{pairingId}'] .pairing-feedback-count")).ToHaveTextAsync("No feedback from either side yet.");
        await CheckPageAsync(staff, "staff-pairings-active");

        // The mentor closes the pairing early, with a reason, and both give feedback.
        await mentor.GotoAsync($"/mentoring/pairings/{pairingId}");
        await Expect(m.Locator(".log-note")).ToHaveTextAsync("First video call: we planned my interview practice.");
        await m.GetByRole(AriaRole.Link, new() { Name = "Close this pairing" }).ClickAsync();
        await Expect(m.Locator("h1")).ToHaveTextAsync("Close this pairing?");
        await CheckPageAsync(mentor, "pairing-close-confirm-mentor");
        await m.GetByLabel("Why it ends (needed before the planned end)", new() { Exact = true }).FillAsync("Interviews are done; we met our goals early.");
        await m.GetByRole(AriaRole.Button, new() { Name = "Yes, close this pairing" }).ClickAsync();
        await Expect(m.Locator(".pairing-state")).ToContainTextAsync("Ended");
        await CheckPageAsync(mentor, "pairing-ended-mentor");
        await m.GetByRole(AriaRole.Link, new() { Name = "Tell us how the mentoring went" }).ClickAsync();
        await Axe.AssertNoViolationsAsync(mentor.Page);
        await LeaveFeedbackAsync(m, "4", "A motivated mentee; more time would have helped.");

        await member.GotoAsync($"/mentoring/pairings/{pairingId}");
        await Expect(p.GetByText("A motivated mentee; more time would have helped.")).ToHaveCountAsync(0);
        await p.GetByRole(AriaRole.Link, new() { Name = "Tell us how the mentoring went" }).ClickAsync();
        await LeaveFeedbackAsync(p, "5 (excellent)", "Dr Rivera prepared me well for interviews.");

        // Staff see the feedback per mentor and in aggregate, and the pairings page.
        await staff.GotoAsync("/staff/mentors?status=Approved");
        await s.GetByRole(AriaRole.Link, new() { Name = mentorName }).ClickAsync();
        await Expect(s.Locator(".mentor-feedback .feedback-item")).ToHaveCountAsync(2);
        await Expect(s.Locator(".mentor-feedback-average")).ToHaveTextAsync("5.0 of 5");
        await CheckPageAsync(staff, "staff-mentor-feedback");
        await staff.GotoAsync("/staff/mentoring");
        await Expect(s.Locator("[data-count=feedback-count]")).ToBeVisibleAsync();
        await CheckPageAsync(staff, "staff-mentoring-feedback-summary");
        await staff.GotoAsync("/staff/pairings");
        await CheckPageAsync(staff, "staff-pairings");

        Assert.True(mentor.Problems.Count == 0, mentor.Describe());
        Assert.True(staff.Problems.Count == 0, staff.Describe());
        Assert.True(member.Problems.Count == 0, member.Describe());
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

    /// <summary>
    /// An empty log entry at a phone's width and a laptop's: the page opens at the error summary, which has the focus,
    /// says nothing was saved, lists every field at once and links each to its field; nothing is logged.
    /// </summary>
    private static async Task RefusedLogEntryAsync(WatchedPage page)
    {
        var before = page.Page.ViewportSize;
        foreach (var width in new[] { ReadableLayoutTests.PhoneWidth, ReadableLayoutTests.LaptopWidth })
        {
            await page.Page.SetViewportSizeAsync(width, 800);
            await page.Page.GetByRole(AriaRole.Button, new() { Name = "Add to the log" }).ClickAsync();

            var summary = page.Page.Locator("#error-summary");
            await Expect(summary).ToBeFocusedAsync();
            await Expect(summary).ToBeInViewportAsync();
            await Expect(summary.Locator("h2")).ToContainTextAsync("Nothing was saved");
            await Expect(summary.Locator("a")).ToHaveCountAsync(3);
            await Axe.AssertNoViolationsAsync(page.Page);
            await LayoutProbe.ScreenshotAsync(page.Page, "mentoring-log-entry-refused", width);
            var kind = summary.Locator("a", new() { HasText = "Choose a meeting or a goal." });
            await kind.ClickAsync();
            await Expect(page.Page.Locator("#Entry-Kind-Meeting")).ToBeFocusedAsync();
            await Expect(page.Page.Locator(".log-empty")).ToBeVisibleAsync();
        }

        await page.Page.SetViewportSizeAsync(before?.Width ?? BrowserFixture.Desktop.Width, before?.Height ?? BrowserFixture.Desktop.Height);
    }

    private static async Task LeaveFeedbackAsync(IPage page, string rating, string comment)
    {
        await page.GetByLabel(rating, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Anything you would like to tell us", new() { Exact = true }).FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Expect(page.GetByText("Thank you for your feedback.")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Axe, whole words and no sideways scrolling at a phone's width and a laptop's, with a screenshot of each in
    /// artifacts/test-results/screenshots; the page is left at the width it had.
    /// </summary>
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
            await LayoutProbe.ScreenshotAsync(page.Page, "mentoring-" + name, width);
        }

        await page.Page.SetViewportSizeAsync(before?.Width ?? BrowserFixture.Desktop.Width, before?.Height ?? BrowserFixture.Desktop.Height);
    }
}
