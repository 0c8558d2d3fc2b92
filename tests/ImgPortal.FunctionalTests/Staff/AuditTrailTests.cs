using System.Net;
using System.Text.RegularExpressions;
using ImgPortal.Core.Common;
using ImgPortal.FunctionalTests.Mentoring;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Staff;

public sealed class AuditTrailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/staff/audit?to=9999-12-31")]
    [InlineData("/staff/audit?from=0001-01-01&to=9999-12-31")]
    [InlineData("/staff/audit?from=9999-12-31")]
    [InlineData("/staff/audit/export.csv?to=9999-12-31")]
    [InlineData("/staff/audit/export.csv?from=0001-01-01")]
    public async Task Audit_DatesAtTheEndsOfTheCalendar_AnswerInsteadOf500(string url)
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var response = await staff.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AuditPage_ToDateOutOfBounds_SaysSoAtTheField()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/audit?to=9999-12-31");

        var message = page.Document.QuerySelector("[data-valmsg-for='To']")?.TextContent;
        Assert.Contains(DateBounds.Message, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_AfterStaffPublish_ShowsOneEntryInWordsWithTheFieldByItsLabel()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "echo");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var oldTitle = ((AngleSharp.Html.Dom.IHtmlInputElement)editor.Document.QuerySelector("input[name='Input.Title']")!).Value;
        var draft = await editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string> { ["Input.Title"] = "ECHO, audited" });
        await draft.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");

        var audit = await HtmlPage.GetAsync(staff, "/staff/audit?type=GuidancePage");

        var entries = Entries(audit);
        var entry = Assert.Single(entries, e => e.Contains("published the page “ECHO, audited”", StringComparison.Ordinal));
        Assert.Matches(@"@test\.example\S* published the page “ECHO, audited”: \d+ changes?", entry);
        Assert.Contains($"Title (page): {oldTitle} → ECHO, audited", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("GuidancePage", audit.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Title\"", audit.MainText, StringComparison.Ordinal);
        var link = audit.Document.QuerySelectorAll("#audit-entries li.audit-entry")
            .Single(li => li.TextContent.Contains("“ECHO, audited”", StringComparison.Ordinal))
            .QuerySelector("p a")?.GetAttribute("href");
        Assert.Equal($"/staff/pages/{id}", link);
    }

    [Fact]
    public async Task AuditPage_AfterApprovingAMentor_SaysApprovedWithTheMentorsNameAndTheStatusInWords()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await MentoringSteps.VolunteerAsync(factory, "Dr. Audit Approval");

        await MentoringSteps.ApproveAsync(factory, staff, mentorId);

        var audit = await HtmlPage.GetAsync(staff, "/staff/audit?type=Mentor");
        var entry = Assert.Single(Entries(audit), e => e.Contains("“Dr. Audit Approval”", StringComparison.Ordinal));
        Assert.Contains("approved the mentor “Dr. Audit Approval”", entry, StringComparison.Ordinal);
        Assert.Contains("Status (mentor): Pending → Approved", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("Mentor #", audit.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_AfterPairing_TheAddedPairingEntryLinksToThePairingsPage()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var (_, mentorId) = await MentoringSteps.VolunteerAsync(factory, "Dr. Audit Pairing");
        await MentoringSteps.ApproveAsync(factory, staff, mentorId);
        var (_, requestId) = await MentoringSteps.AskAsync(factory, "Audit Pairing Mentee");

        await MentoringSteps.PairAsync(staff, requestId, mentorId);

        var pairingId = await MentoringSteps.PairingIdAsync(factory, requestId);
        var audit = await HtmlPage.GetAsync(staff, "/staff/audit");
        var entry = Assert.Single(
            audit.Document.QuerySelectorAll("#audit-entries li.audit-entry"),
            li => HtmlPage.Fold(li.TextContent).Contains("added the pairing", StringComparison.Ordinal)
                && li.TextContent.Contains("Dr. Audit Pairing", StringComparison.Ordinal));
        var link = Assert.Single(entry.QuerySelectorAll("a:not(.audit-raw)"));
        Assert.Equal("Open the pairing", link.TextContent.Trim());
        Assert.Equal($"/mentoring/pairings/{pairingId}", link.GetAttribute("href"));
        var pairing = await HtmlPage.GetAsync(staff, link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, pairing.Status);
    }

    [Fact]
    public async Task AuditPage_FilteredByAnActorNobodyIs_SaysNothingMatchesOffersToClearAndNoCsv()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var audit = await HtmlPage.GetAsync(staff, "/staff/audit?actor=nobody-at-all");

        Assert.Equal("No actions match these filters. Clear the filters", HtmlPage.Fold(audit.Document.QuerySelector("#audit-empty")!.TextContent));
        Assert.Equal("/staff/audit", audit.Document.QuerySelector("#audit-empty a")?.GetAttribute("href"));
        Assert.Null(audit.Document.QuerySelector("#audit-export"));
        Assert.Null(audit.Document.QuerySelector("#audit-entries"));
        Assert.DoesNotContain("0 actions found", audit.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditPage_PublishOfAMovedSection_SaysWhichMovedAndListsNoBookkeeping()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "get-involved");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var headings = editor.Document.QuerySelectorAll("#page-editor fieldset[data-section=existing] input[name$='.Heading']")
            .Select(i => i.GetAttribute("value")!).ToList();
        var action = editor.Document.QuerySelector("#section-2 button[data-move='down']")!.GetAttribute("formaction")!;
        var moved = await HtmlPage.ParseAsync(await staff.PostAsync(action, new FormUrlEncodedContent(StaffForms.Values(editor, "#page-editor"))));
        await moved.SubmitAsync(staff, new Dictionary<string, string>(), "#publish-form");

        var audit = await HtmlPage.GetAsync(staff, "/staff/audit?type=GuidancePage");

        var entry = audit.Document.QuerySelectorAll("#audit-entries li.audit-entry")
            .First(li => li.TextContent.Contains("published the page", StringComparison.Ordinal) && li.TextContent.Contains(headings[1], StringComparison.Ordinal));
        var changes = entry.QuerySelectorAll(".audit-changes li").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
        Assert.Contains($"Moved “{headings[1]}” from position 2 to 3", changes);
        Assert.DoesNotContain(changes, c => c.StartsWith("Updated at", StringComparison.Ordinal) || c.StartsWith("Sort order", StringComparison.Ordinal)
            || c.StartsWith("Version", StringComparison.Ordinal) || c.StartsWith("Awaiting", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditPage_FilteredByDates_KeepsOnlyActionsOnThoseDaysInTheStaffTimeZone()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await PublishTitleAsync(staff, "credentialing", "FMGE, dated");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(StaffTimeOptions.DefaultTimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var onToday = await HtmlPage.GetAsync(staff, $"/staff/audit?type=GuidancePage&from={today}&to={today}");
        var before = await HtmlPage.GetAsync(staff, "/staff/audit?type=GuidancePage&to=2020-01-01");

        Assert.Contains(Entries(onToday), e => e.Contains("“FMGE, dated”", StringComparison.Ordinal));
        Assert.Contains("No actions match these filters.", before.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_FilteredByKind_IsCsvWithOneLinePerActionInWords()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await PublishTitleAsync(staff, "contact", "USMLE, exported");

        var response = await staff.GetAsync(new Uri("/staff/audit/export.csv?type=GuidancePage", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("When,Who,What,Changes", lines[0]);
        var line = Assert.Single(lines, l => l.Contains("published the page “USMLE, exported”", StringComparison.Ordinal));
        Assert.Contains("page Title: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("GuidancePage", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawDetail_ForAnAdmin_IsOneClickAwayAndShowsTheStoredJson()
    {
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        await PublishTitleAsync(admin, "get-involved", "H-1B, raw");
        var audit = await HtmlPage.GetAsync(admin, "/staff/audit?type=GuidancePage");
        var href = audit.Document.QuerySelectorAll("#audit-entries li.audit-entry")
            .Single(li => li.TextContent.Contains("“H-1B, raw”", StringComparison.Ordinal))
            .QuerySelector("a.audit-raw")!.GetAttribute("href")!;

        var raw = await HtmlPage.GetAsync(admin, href);

        Assert.Equal(HttpStatusCode.OK, raw.Status);
        Assert.Contains("Modified GuidancePage #", raw.MainText, StringComparison.Ordinal);
        Assert.Contains("\"Title\":\"H-1B, raw\"", raw.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawDetail_ForStaff_IsNeitherOfferedNorOpen()
    {
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        await PublishTitleAsync(admin, "residency", "Residency, private");
        var adminAudit = await HtmlPage.GetAsync(admin, "/staff/audit?type=GuidancePage");
        var href = adminAudit.Document.QuerySelector("a.audit-raw")!.GetAttribute("href")!;

        var staffAudit = await HtmlPage.GetAsync(staff, "/staff/audit?type=GuidancePage");
        var opened = await staff.GetAsync(new Uri(href, UriKind.Relative));

        Assert.NotEmpty(Entries(staffAudit));
        Assert.Null(staffAudit.Document.QuerySelector("a.audit-raw"));
        Assert.DoesNotContain("\"Title\"", staffAudit.MainText, StringComparison.Ordinal);
        Assert.True(opened.StatusCode is HttpStatusCode.Forbidden || opened.RequestMessage!.RequestUri!.AbsolutePath.Contains("denied", StringComparison.OrdinalIgnoreCase), $"{opened.StatusCode} {opened.RequestMessage?.RequestUri}");
    }

    [Fact]
    public async Task AuditPage_AfterGrantingStaff_NamesTheAccountAndTheRoleNeverTheirKeys()
    {
        var admin = await PortalClient.AsRoleAsync(factory, Roles.Admin);
        var email = $"named-grant-{Guid.NewGuid():N}@test.example";
        var id = await factory.CreateUserAsync(email, Roles.Member);
        var detail = await HtmlPage.GetAsync(admin, $"/staff/users/{id}");
        await detail.SubmitAsync(admin, new Dictionary<string, string>(), "#grant-staff");

        var audit = await HtmlPage.GetAsync(admin, "/staff/audit?type=IdentityUserRole");

        var entry = Assert.Single(Entries(audit), e => e.Contains(email, StringComparison.Ordinal));
        Assert.Matches($"added the role grant “({Regex.Escape(email)} – {Roles.Staff}|{Roles.Staff} – {Regex.Escape(email)})”", entry);
        Assert.DoesNotContain(id, audit.MainText, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"#\d", audit.MainText);
        Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-", audit.MainText);
    }

    [Fact]
    public async Task AuditPage_AfterSchedulingAPage_SaysScheduledWithTheTimeInWords()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await StaffForms.PageIdAsync(staff, "mentoring");
        var editor = await HtmlPage.GetAsync(staff, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(staff, "#page-editor", new Dictionary<string, string> { ["Input.Summary"] = "Scheduled summary" });
        await draft.SubmitAsync(staff, new Dictionary<string, string> { ["PublishAt"] = "2030-03-04T09:15" }, "#schedule-form");

        var audit = await HtmlPage.GetAsync(staff, "/staff/audit?type=PageDraft");

        var entry = Assert.Single(Entries(audit), e => e.Contains(" scheduled the page ", StringComparison.Ordinal));
        Assert.Contains("to publish on Mar 4, 2030, 9:15 AM", entry, StringComparison.Ordinal);
        Assert.Contains("Publish at (page): (not scheduled) → Mar 4, 2030, 9:15 AM", entry, StringComparison.Ordinal);
        Assert.DoesNotContain("#", entry, StringComparison.Ordinal);
    }

    private static async Task PublishTitleAsync(HttpClient client, string slug, string title)
    {
        var id = await StaffForms.PageIdAsync(client, slug);
        var editor = await HtmlPage.GetAsync(client, $"/staff/pages/{id}");
        var draft = await editor.SubmitAllAsync(client, "#page-editor", new Dictionary<string, string> { ["Input.Title"] = title });
        await draft.SubmitAsync(client, new Dictionary<string, string>(), "#publish-form");
    }

    private static List<string> Entries(HtmlPage page) =>
        page.Document.QuerySelectorAll("#audit-entries li.audit-entry").Select(li => HtmlPage.Fold(li.TextContent)).ToList();
}
