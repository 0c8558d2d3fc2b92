using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Records;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Staff.Records;

/// <summary>
/// The structured-record editor, through the real pipeline, for every record type (<see cref="RecordCases"/>):
/// list, create, invalid input, conflict, delete and the audit entry. A new type is covered by adding its row.
/// The facts at the end cover what is one type's own (its unique key, its follow-up change, its optional fields).
/// </summary>
public sealed class RecordEditorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Types => RecordCases.Slugs();

    [Fact]
    public void Cases_CoverEveryDeclaredRecordType()
    {
        using var scope = factory.Services.CreateScope();

        var declared = scope.ServiceProvider.GetRequiredService<RecordCatalog>().All.Select(t => t.Slug);

        Assert.Equal(declared.Order(StringComparer.Ordinal), RecordCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/staff/organisations")]
    [InlineData("/staff/organisations/3")]
    public async Task FormerBritishSpelledAddress_RedirectsPermanentlyToTheOrganizationsList(string former)
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff, followRedirects: false);

        var response = await staff.GetAsync(former);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/staff/organizations", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task List_ShowsTheRecordsWithAnAddButtonAndALinkToTheirHistory(string slug)
    {
        var type = RecordCases.All[slug];
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var list = await HtmlPage.GetAsync(staff, $"/staff/{slug}");

        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.NotEmpty(list.Document.QuerySelectorAll($"#{slug} tbody tr"));
        Assert.NotNull(list.Document.QuerySelector($"main a[href='/staff/{slug}/0']"));
        Assert.NotNull(list.Document.QuerySelector($"main a[href='/staff/audit?type={type.AuditName}']"));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Create_ValidRecord_IsSavedListedShownWhereVisitorsSeeItAndAudited(string slug)
    {
        var type = RecordCases.All[slug];
        var marker = RecordCase.NewMarker("Add");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, $"/staff/{slug}/0");

        var saved = await form.SubmitAllAsync(staff, "#record-form", type.Valid(marker));

        Assert.Contains(type.SavedMessage(marker), saved.MainText, StringComparison.Ordinal);
        Assert.Contains(marker, saved.Document.QuerySelector($"#{slug}")?.TextContent, StringComparison.Ordinal);
        var page = await PublicPageAsync(type);
        Assert.Contains(marker, page.Document.QuerySelector(type.PublicSelector)?.TextContent, StringComparison.Ordinal);
        var audit = await AuditRowsAsync(staff, type);
        Assert.Contains(audit, r => r.Contains(" added ", StringComparison.Ordinal) && !r.Contains(type.AuditName, StringComparison.Ordinal) && r.Contains(marker, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Save_InvalidInput_ShowsAMessagePerFieldWithTheTypedValuesAndSavesNothing(string slug)
    {
        var type = RecordCases.All[slug];
        var marker = RecordCase.NewMarker("Typed");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, $"/staff/{slug}/0");
        var values = type.Valid(marker);
        foreach (var (field, value) in type.InvalidChanges)
        {
            values[field] = value;
        }

        var result = await form.SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        foreach (var message in type.InvalidMessages)
        {
            Assert.Contains(message, result.ValidationMessages);
        }

        foreach (var (field, value) in values)
        {
            Assert.Equal(value, ValueOf(result, field));
        }

        Assert.DoesNotContain(await AuditRowsAsync(staff, type), r => r.Contains(marker, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Save_TwoEditorsOfOneRecord_SecondIsAConflictShowingBothVersionsAndKeepingTheTypedText(string slug)
    {
        var type = RecordCases.All[slug];
        var first = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var second = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        // A record of the test's own: seeded records may state things (a score minimum) whose rules the typed text would break.
        var marker = RecordCase.NewMarker("Conflict");
        var created = await (await HtmlPage.GetAsync(first, $"/staff/{slug}/0")).SubmitAllAsync(first, "#record-form", type.Valid(marker));
        var href = created.Document.QuerySelectorAll($"#{slug} tbody tr").Single(r => r.TextContent.Contains(marker, StringComparison.Ordinal))
            .QuerySelector("a")!.GetAttribute("href")!;
        var firstForm = await HtmlPage.GetAsync(first, href);
        var secondForm = await HtmlPage.GetAsync(second, href);

        await firstForm.SubmitAllAsync(first, "#record-form", new Dictionary<string, string> { [type.ConflictField] = "First editor's text" });
        var conflict = await secondForm.SubmitAllAsync(second, "#record-form", new Dictionary<string, string> { [type.ConflictField] = "Second editor's text" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        var both = conflict.Document.QuerySelector("#conflict")!.TextContent;
        Assert.Contains("First editor's text", both, StringComparison.Ordinal);
        Assert.Contains("Second editor's text", both, StringComparison.Ordinal);
        Assert.Equal("Second editor's text", conflict.Document.QuerySelector($"textarea[name='{type.ConflictField}']")?.TextContent.Trim());

        var again = await conflict.SubmitAllAsync(second, "#record-form");

        Assert.Contains("Saved", again.MainText, StringComparison.Ordinal);
        var reopened = await HtmlPage.GetAsync(first, href);
        Assert.Equal("Second editor's text", reopened.Document.QuerySelector($"textarea[name='{type.ConflictField}']")?.TextContent.Trim());
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Delete_AfterConfirming_RemovesTheRecordAndTheAuditTrailKeepsIt(string slug)
    {
        var type = RecordCases.All[slug];
        var marker = RecordCase.NewMarker("Gone");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, $"/staff/{slug}/0");
        var list = await form.SubmitAllAsync(staff, "#record-form", type.Valid(marker));
        var row = list.Document.QuerySelectorAll($"#{slug} tbody tr").Single(r => r.TextContent.Contains(marker, StringComparison.Ordinal));
        var confirm = await HtmlPage.GetAsync(staff, row.QuerySelector("a[href$='/delete']")!.GetAttribute("href")!);

        Assert.Contains(marker, confirm.Heading, StringComparison.Ordinal);
        var deleted = await confirm.SubmitAsync(staff, new Dictionary<string, string>(), "#delete-form");

        Assert.Contains(type.DeletedMessage, deleted.MainText, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, deleted.Document.QuerySelector($"#{slug}")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        var page = await PublicPageAsync(type);
        Assert.DoesNotContain(marker, page.MainText, StringComparison.Ordinal);
        var audit = await AuditRowsAsync(staff, type);
        Assert.Contains(audit, r => r.Contains(" deleted the ", StringComparison.Ordinal) && !r.Contains(type.AuditName, StringComparison.Ordinal) && r.Contains(marker, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Delete_TwiceFromTheSamePage_SecondSaysItWasAlreadyDeleted(string slug)
    {
        var type = RecordCases.All[slug];
        var marker = RecordCase.NewMarker("Twice");
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, $"/staff/{slug}/0");
        var list = await form.SubmitAllAsync(staff, "#record-form", type.Valid(marker));
        var row = list.Document.QuerySelectorAll($"#{slug} tbody tr").Single(r => r.TextContent.Contains(marker, StringComparison.Ordinal));
        var confirm = await HtmlPage.GetAsync(staff, row.QuerySelector("a[href$='/delete']")!.GetAttribute("href")!);
        await confirm.SubmitAsync(staff, new Dictionary<string, string>(), "#delete-form");

        var again = await confirm.SubmitAsync(staff, new Dictionary<string, string>(), "#delete-form");

        Assert.Contains(RecordMessages.AlreadyDeleted, again.MainText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task Create_ScriptInAField_IsShownAsTextWhereVisitorsSeeIt(string slug)
    {
        var type = RecordCases.All[slug];
        var marker = RecordCase.NewMarker("Script");
        var script = $"<script>alert('{marker}')</script>";
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var form = await HtmlPage.GetAsync(staff, $"/staff/{slug}/0");
        var values = type.Valid(marker);
        values[type.ScriptField] = script;

        await form.SubmitAllAsync(staff, "#record-form", values);

        var page = await PublicPageAsync(type);
        Assert.Contains(script, page.Document.QuerySelector(type.PublicSelector)?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.Document.QuerySelectorAll("main script"), s => s.TextContent.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Contacts_EmptyEmail_IsAllowedAndAGivenOneIsAMailtoLink()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var contacts = RecordCases.All["contacts"];
        var values = contacts.Valid("Phone Only Office");
        values["Input.Email"] = string.Empty;

        var saved = await (await HtmlPage.GetAsync(staff, "/staff/contacts/0")).SubmitAllAsync(staff, "#record-form", values);
        await (await HtmlPage.GetAsync(staff, "/staff/contacts/0")).SubmitAllAsync(staff, "#record-form", contacts.Valid("Mailto Office"));

        Assert.Contains("Saved Phone Only Office.", saved.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/contact");
        Assert.NotNull(page.Document.QuerySelector("main a[href='mailto:visa@example.org']"));
    }

    [Fact]
    public async Task Organizations_EmptyWebsite_IsAllowedAndAGivenOneIsALink()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var organizations = RecordCases.All["organizations"];
        var values = organizations.Valid("No Website Society");
        values["Input.WebsiteUrl"] = string.Empty;

        var saved = await (await HtmlPage.GetAsync(staff, "/staff/organizations/0")).SubmitAllAsync(staff, "#record-form", values);
        await (await HtmlPage.GetAsync(staff, "/staff/organizations/0")).SubmitAllAsync(staff, "#record-form", organizations.Valid("Test Licensing Board"));

        Assert.Contains("Saved No Website Society.", saved.MainText, StringComparison.Ordinal);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/residency");
        Assert.Contains("Test Licensing Board (TLB)", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("main a[href='https://tlb.example.org/']"));
    }

    [Fact]
    public async Task SeasonDates_SavedDate_IsAMachineReadableTimeOnTheRoadmap()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        await (await HtmlPage.GetAsync(staff, "/staff/season-dates/0")).SubmitAllAsync(staff, "#record-form", RecordCases.All["season-dates"].Valid("Test programs open"));

        var (member, _, _) = await ProfileTestData.MemberAsync(factory);
        var roadmap = await HtmlPage.GetAsync(member, "/roadmap");
        Assert.NotNull(roadmap.Document.QuerySelector("main #season-dates time[datetime='2030-09-15']"));
    }

    [Fact]
    public async Task WaiverYears_SecondCategoryAboveTheTotal_IsRefusedOnThatField()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var values = RecordCases.All["waiver-years"].Valid("Test Program Over");
        values["Input.TotalWaivers"] = "5";
        values["Input.SecondCategoryMax"] = "9";

        var result = await (await HtmlPage.GetAsync(staff, "/staff/waiver-years/0")).SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("The second category cannot be more than the waivers a year.", result.Document.QuerySelector("#Input_SecondCategoryMax-error")?.TextContent.Trim());
    }

    [Fact]
    public async Task WaiverYears_SameProgramAndYearTwice_IsANamedErrorOnTheYearNotAConflict()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var values = RecordCases.All["waiver-years"].Valid("Test Program Twice");
        await (await HtmlPage.GetAsync(staff, "/staff/waiver-years/0")).SubmitAllAsync(staff, "#record-form", values);

        var result = await (await HtmlPage.GetAsync(staff, "/staff/waiver-years/0")).SubmitAllAsync(staff, "#record-form", values);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Null(result.Document.QuerySelector("#conflict"));
        Assert.Equal("This program already has figures for that year.", result.Document.QuerySelector("#Input_Year-error")?.TextContent.Trim());
    }

    [Fact]
    public async Task RoadmapSteps_KeyAlreadyUsed_ShowsAMessageOnTheKey()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var values = RecordCases.All["roadmap-steps"].Valid("A second Step 1");
        values["Input.Key"] = RoadmapRules.Keys.Step1;

        var result = await (await HtmlPage.GetAsync(staff, "/staff/roadmap-steps/0")).SubmitAllAsync(staff, "#record-form", values);

        Assert.Contains("Another step already has this key.", result.ValidationMessages);
        Assert.Null(result.Document.QuerySelector("#conflict"));
        Assert.Equal(1, await ProfileTestData.QueryAsync(factory, db => db.RoadmapSteps.CountAsync(s => s.Key == RoadmapRules.Keys.Step1)));
    }

    [Fact]
    public async Task RoadmapSteps_PostedKeyChange_IsIgnored()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var id = await ProfileTestData.QueryAsync(factory, db => db.RoadmapSteps.Where(s => s.Key == RoadmapRules.Keys.Step3).Select(s => s.Id).SingleAsync());
        var form = await HtmlPage.GetAsync(staff, $"/staff/roadmap-steps/{id}");

        await form.SubmitAllAsync(staff, "#record-form", new Dictionary<string, string> { ["Input.Key"] = "renamed-step3", ["Input.Title"] = "Step 3, retitled" });

        var step = await ProfileTestData.QueryAsync(factory, db => db.RoadmapSteps.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(RoadmapRules.Keys.Step3, step.Key);
        Assert.Equal("Step 3, retitled", step.Title);
        Assert.NotNull(form.Document.QuerySelector("input[name='Input.Key'][readonly]"));
    }

    [Fact]
    public async Task RoadmapSteps_AddedEarlierStep_RecomputesStoredStagesAndShowsOnTheMembersRoadmap()
    {
        var email = $"stale-stage-{Guid.NewGuid():N}@test.example";
        var memberId = await ProfileTestData.SeedMemberAsync(factory, email, "Test School", RoadmapStage.Residency, VisaNeed.None, mentor: false, [], []);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);
        var values = RecordCases.All["roadmap-steps"].Valid("Book the test course");
        values["Input.Key"] = "test-added-step";

        var saved = await (await HtmlPage.GetAsync(staff, "/staff/roadmap-steps/0")).SubmitAllAsync(staff, "#record-form", values);

        Assert.Contains("Saved Book the test course.", saved.MainText, StringComparison.Ordinal);
        Assert.Equal(RoadmapStage.Exams, (await ProfileTestData.ProfileOfAsync(factory, memberId))!.Stage);
        var member = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(member, email, PortalFactory.Password);
        var roadmap = await HtmlPage.GetAsync(member, "/roadmap");
        Assert.Contains("Book the test course", roadmap.Document.QuerySelector("#step-test-added-step")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownRecordType_IsNotFound()
    {
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, "/staff/no-such-records");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    private static string? ValueOf(HtmlPage page, string field) =>
        page.Document.QuerySelector($"[name='{field}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };

    private async Task<HtmlPage> PublicPageAsync(RecordCase type)
    {
        var client = type.PublicPathNeedsMember ? (await ProfileTestData.MemberAsync(factory)).Client : PortalClient.Anonymous(factory);
        return await HtmlPage.GetAsync(client, type.PublicPath);
    }

    private static async Task<List<string>> AuditRowsAsync(HttpClient staff, RecordCase type)
    {
        var audit = await HtmlPage.GetAsync(staff, $"/staff/audit?type={type.AuditName}");
        return audit.Document.QuerySelectorAll("#audit-entries li.audit-entry").Select(r => HtmlPage.Fold(r.TextContent)).ToList();
    }
}
