using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Programs.Confirmations;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.Programs.ProgramTestData;

namespace ImgPortal.FunctionalTests.Programs;

/// <summary>
/// Programs confirming their own records (ADR 0083): staff send the coordinator a signed link by e-mail; the
/// coordinator confirms or proposes changes without an account; staff accept or reject the proposal; a changed,
/// expired, used or mismatched link gets a friendly 400/410 page, never a 500.
/// </summary>
public sealed class ProgramConfirmationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ConfirmPath = "/programs/confirm/";

    [Fact]
    public async Task SendLink_QueuesAnEmailWithAWorkingAbsoluteLinkThatShowsOnlyThatProgram()
    {
        var program = await AddAsync("Link mail program");
        var other = await AddAsync("Some other program");
        var email = Coordinator();

        var sent = await SendAsync(await StaffAsync(), program, email);
        var link = await LinkAsync(email);
        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), link.PathAndQuery);

        Assert.Contains($"Sent {program.Name}'s coordinator a link", sent.MainText, StringComparison.Ordinal);
        Assert.Equal("http", link.Scheme);
        Assert.Equal("localhost", link.Host);
        Assert.StartsWith(ConfirmPath, link.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal($"Confirm {program.Name}", page.Heading);
        Assert.DoesNotContain(other.Name, page.MainText, StringComparison.Ordinal);
        Assert.Contains("noindex", page.Response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        var request = await QueryAsync(db => db.ProgramConfirmationRequests.SingleAsync(r => r.ProgramId == program.Id));
        Assert.Equal(email, request.CoordinatorEmail);
        Assert.Equal(ProgramConfirmationStatus.Sent, request.Status);
    }

    [Fact]
    public async Task Open_TheProposeForm_ShowsHintsWrittenForTheCoordinatorNotTheStaffHints()
    {
        var program = await AddAsync("Hinted program");
        var email = Coordinator();
        await SendAsync(await StaffAsync(), program, email);

        var page = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), (await LinkAsync(email)).PathAndQuery);

        var type = new Core.Records.Programs.ResidencyProgramRecordType();
        Assert.All(ProgramConfirmationFields.Proposable, name =>
        {
            var input = page.Document.QuerySelector($"form#propose-form #Input_{name}")!;
            var hint = page.Document.GetElementById(input.GetAttribute("aria-describedby")!)!.TextContent.Trim();
            Assert.Equal(ProgramConfirmationFields.CoordinatorHints[name], hint);
            Assert.NotEqual(type.Field(name)!.Hint, hint);
        });
        Assert.DoesNotContain("source", page.Document.QuerySelector("form#propose-form")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Confirm_EverythingIsCorrect_MarksTheRecordConfirmedTodayAndTheLinkIsUsedUp()
    {
        var program = await AddAsync("Confirming program");
        var email = Coordinator();
        await SendAsync(await StaffAsync(), program, email);
        var link = await LinkAsync(email);
        var coordinator = PortalClient.Anonymous(factory);
        var page = await HtmlPage.GetAsync(coordinator, link.PathAndQuery);

        var thanks = await page.SubmitAsync(coordinator, new Dictionary<string, string>(), "form#confirm-form");
        var again = await HtmlPage.GetAsync(coordinator, link.PathAndQuery);
        var postAgain = await page.SubmitAsync(coordinator, new Dictionary<string, string>(), "form#confirm-form");
        var publicPage = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), $"/programs/{program.Key}");

        Assert.Equal(HttpStatusCode.OK, thanks.Status);
        Assert.Contains(CoordinatorAnswerService.ConfirmedMessage, thanks.MainText, StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(today, await QueryAsync(db => db.Programs.Where(p => p.Id == program.Id).Select(p => p.LastConfirmedByProgram).SingleAsync()));
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Contains("already used", again.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, postAgain.Status);
        Assert.Equal(
            "Confirmed by the program on " + today.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-US")),
            publicPage.Document.GetElementById("confirmed-by-program")!.TextContent.Trim());
        Assert.Equal(ProgramConfirmationStatus.Confirmed, await StatusAsync(program.Id));
    }

    [Fact]
    public async Task Propose_ThenStaffAccept_ChangesTheRecordWithTheProgramAsSourceAndShowsItConfirmed()
    {
        var program = await AddAsync("Proposing program", j1: J1Policy.DoesNot);
        var email = Coordinator();
        var staff = await StaffAsync();
        await SendAsync(staff, program, email);
        var coordinator = PortalClient.Anonymous(factory);
        var page = await HtmlPage.GetAsync(coordinator, (await LinkAsync(email)).PathAndQuery);

        var proposed = await page.SubmitAsync(coordinator, new Dictionary<string, string>
        {
            ["Input.J1"] = nameof(J1Policy.Accepts),
            ["Input.Positions"] = "12",
            ["note"] = "We accept J-1 since this year; see our FAQ.",
        }, "form#propose-form");
        var overview = await HtmlPage.GetAsync(staff, "/staff/programs/confirmations");
        var requestId = await QueryAsync(db => db.ProgramConfirmationRequests.Where(r => r.ProgramId == program.Id).Select(r => r.Id).SingleAsync());
        var review = await HtmlPage.GetAsync(staff, $"/staff/programs/confirmations/{requestId}");

        Assert.Contains(CoordinatorAnswerService.ProposedMessage, proposed.MainText, StringComparison.Ordinal);
        Assert.NotNull(overview.Document.QuerySelector($"#proposals a[href='/staff/programs/confirmations/{requestId}']"));
        Assert.Equal(["J1", "Positions"], review.Document.QuerySelectorAll("#proposed-changes tr[data-field]").Select(r => r.GetAttribute("data-field")!).Order(StringComparer.Ordinal).ToArray());
        var j1Row = review.Document.QuerySelector("#proposed-changes tr[data-field=J1]")!;
        Assert.Equal("Does not accept J-1", j1Row.QuerySelector(".current-value")!.TextContent.Trim());
        Assert.Equal("Accepts J-1", j1Row.QuerySelector(".proposed-value")!.TextContent.Trim());
        Assert.NotNull(j1Row.QuerySelector("ins.diff-added"));
        Assert.Contains("see our FAQ", review.Document.GetElementById("proposal-note")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await QueryAsync(db => db.Programs.Where(p => p.Id == program.Id).Select(p => p.Positions).SingleAsync()));

        var accepted = await review.SubmitAsync(staff, new Dictionary<string, string>(), "form#accept-form");

        Assert.Contains("Accepted.", accepted.MainText, StringComparison.Ordinal);
        var saved = await QueryAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Id == program.Id));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(J1Policy.Accepts, saved.J1);
        Assert.Equal(12, saved.Positions);
        Assert.Equal(today, saved.LastConfirmedByProgram);
        Assert.Equal(today, saved.J1CheckedOn);
        Assert.Contains(ProgramConfirmationFields.SourceTitle, saved.J1Source, StringComparison.Ordinal);
        Assert.Equal(Source, saved.H1bSource);
        Assert.Equal(ProgramConfirmationStatus.Accepted, await StatusAsync(program.Id));
        var publicPage = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), $"/programs/{program.Key}");
        Assert.StartsWith("Confirmed by the program on ", publicPage.Document.GetElementById("confirmed-by-program")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.True(await QueryAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(ResidencyProgram) && a.Action == Core.Auditing.AuditAction.Modified && a.EntityKey.Contains(program.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public async Task Reject_WithAReason_LeavesTheRecordAsItWasAndKeepsWhy()
    {
        var program = await AddAsync("Rejected proposal program", j1: J1Policy.DoesNot);
        var email = Coordinator();
        var staff = await StaffAsync();
        await SendAsync(staff, program, email);
        var coordinator = PortalClient.Anonymous(factory);
        var page = await HtmlPage.GetAsync(coordinator, (await LinkAsync(email)).PathAndQuery);
        await page.SubmitAsync(coordinator, new Dictionary<string, string> { ["Input.J1"] = nameof(J1Policy.Accepts), ["note"] = "Trust us." }, "form#propose-form");
        var requestId = await QueryAsync(db => db.ProgramConfirmationRequests.Where(r => r.ProgramId == program.Id).Select(r => r.Id).SingleAsync());
        var review = await HtmlPage.GetAsync(staff, $"/staff/programs/confirmations/{requestId}");

        var withoutReason = await review.SubmitAsync(staff, new Dictionary<string, string> { ["Reason"] = " " }, "form#reject-form");
        var rejected = await review.SubmitAsync(staff, new Dictionary<string, string> { ["Reason"] = "Their own site still says no J-1." }, "form#reject-form");
        var reviewedAgain = await HtmlPage.GetAsync(staff, $"/staff/programs/confirmations/{requestId}");

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.Status);
        Assert.Contains("Say why you reject the proposal.", withoutReason.ValidationMessages);
        Assert.Contains("Rejected.", rejected.MainText, StringComparison.Ordinal);
        var saved = await QueryAsync(db => db.Programs.AsNoTracking().SingleAsync(p => p.Id == program.Id));
        Assert.Equal(J1Policy.DoesNot, saved.J1);
        Assert.Null(saved.LastConfirmedByProgram);
        Assert.Equal(ProgramConfirmationStatus.Rejected, await StatusAsync(program.Id));
        Assert.Equal("Their own site still says no J-1.", reviewedAgain.Document.GetElementById("review-note")!.TextContent.Trim());
        Assert.Null(reviewedAgain.Document.QuerySelector("form#accept-form"));
    }

    [Fact]
    public async Task Propose_StatedLimitWithoutANumber_ShowsTheFormAgainWithTheMessageAndKeepsTheLinkUsable()
    {
        var program = await AddAsync("Invalid proposal program");
        var email = Coordinator();
        await SendAsync(await StaffAsync(), program, email);
        var link = await LinkAsync(email);
        var coordinator = PortalClient.Anonymous(factory);
        var page = await HtmlPage.GetAsync(coordinator, link.PathAndQuery);

        var refused = await page.SubmitAsync(coordinator, new Dictionary<string, string> { ["Input.YearsSinceGraduation"] = nameof(LimitPolicy.Limit) }, "form#propose-form");
        var stillOpen = await HtmlPage.GetAsync(coordinator, link.PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Give the most years since graduation the program accepts.", refused.ValidationMessages);
        Assert.Equal(HttpStatusCode.OK, stillOpen.Status);
        Assert.Equal(ProgramConfirmationStatus.Sent, await StatusAsync(program.Id));
    }

    [Fact]
    public async Task Propose_StatedLimitWithoutANumberAndANoteTooLong_ShowsBothMessagesAtTheirFieldsAndOneSummary()
    {
        var program = await AddAsync("Two errors proposal program");
        var email = Coordinator();
        await SendAsync(await StaffAsync(), program, email);
        var coordinator = PortalClient.Anonymous(factory);
        var page = await HtmlPage.GetAsync(coordinator, (await LinkAsync(email)).PathAndQuery);
        var noteTooLong = ValidationText.Limit(ValidationText.NoteTooLong, ProgramConfirmationRequest.NoteMaxLength);

        var refused = await page.SubmitAsync(
            coordinator,
            new Dictionary<string, string>
            {
                ["Input.YearsSinceGraduation"] = nameof(LimitPolicy.Limit),
                ["note"] = new string('n', ProgramConfirmationRequest.NoteMaxLength + 1),
            },
            "form#propose-form");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(noteTooLong, refused.Document.GetElementById("note-error")!.TextContent.Trim());
        Assert.Equal("true", refused.Document.GetElementById("note")!.GetAttribute("aria-invalid"));
        Assert.Single(refused.Document.QuerySelectorAll("[id='error-summary']"));
        var summary = refused.Document.QuerySelectorAll("#error-summary li a").ToDictionary(a => a.GetAttribute("href")!, a => a.TextContent.Trim());
        Assert.Equal(noteTooLong, summary["#note"]);
        Assert.Equal("Give the most years since graduation the program accepts.", summary["#Input_YearsSinceGraduationLimit"]);
        Assert.Equal(ProgramConfirmationStatus.Sent, await StatusAsync(program.Id));
    }

    [Fact]
    public async Task Link_TamperedOrForAnotherProgramOrNonsense_FriendlyBadRequestPageAndNothingChanges()
    {
        var program = await AddAsync("Tamper target program");
        var other = await AddAsync("Other id program");
        var email = Coordinator();
        await SendAsync(await StaffAsync(), program, email);
        var token = (await LinkAsync(email)).AbsolutePath[ConfirmPath.Length..];
        var requestId = await QueryAsync(db => db.ProgramConfirmationRequests.Where(r => r.ProgramId == program.Id).Select(r => r.Id).SingleAsync());
        var tampered = token[..^3] + (token[^3] == 'x' ? "y" : "x") + token[^2..];
        var otherProgram = factory.Services.GetRequiredService<IProgramConfirmationTokens>().Sign(requestId, other.Id, DateTime.UtcNow.AddDays(30));
        var client = PortalClient.Anonymous(factory);

        var pages = new[]
        {
            await HtmlPage.GetAsync(client, ConfirmPath + tampered),
            await HtmlPage.GetAsync(client, ConfirmPath + otherProgram),
            await HtmlPage.GetAsync(client, ConfirmPath + "not-a-real-token"),
            await HtmlPage.ParseAsync(await client.PostAsync(ConfirmPath + otherProgram + "/changes", new FormUrlEncodedContent([]))),
        };

        Assert.All(pages.Take(3), p => Assert.Equal(HttpStatusCode.BadRequest, p.Status));
        Assert.All(pages.Take(3), p => Assert.Equal("This link does not work", p.Heading));
        Assert.DoesNotContain(other.Name, pages[1].MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, pages[3].Status);
        Assert.Equal(ProgramConfirmationStatus.Sent, await StatusAsync(program.Id));
    }

    [Fact]
    public async Task Link_AfterItsTimeLimit_FriendlyGonePageOnTheTestClock()
    {
        var program = await AddAsync("Expiring program");
        var email = Coordinator();
        await SendAsync(await StaffAsync(), program, email);
        var link = await LinkAsync(email);
        var later = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new FixedClock(DateTimeOffset.UtcNow.AddDays(IConfirmationLinkService.LinkDays + 1)))));
        var client = later.CreateClient(new WebApplicationFactoryClientOptions());

        var page = await HtmlPage.GetAsync(client, link.PathAndQuery);

        Assert.Equal(HttpStatusCode.Gone, page.Status);
        Assert.Contains("This link has expired.", page.MainText, StringComparison.Ordinal);
        Assert.Equal(ProgramConfirmationStatus.Sent, await StatusAsync(program.Id));
    }

    [Fact]
    public async Task SendAgain_ReplacesTheOlderLinkAndAReminderResendsTheNewOne()
    {
        var program = await AddAsync("Reminded program");
        var email = Coordinator();
        var staff = await StaffAsync();
        await SendAsync(staff, program, email);
        var first = await LinkAsync(email);
        await SendAsync(staff, program, email);
        await factory.Mailbox.WaitForAsync(email, 2);
        var second = factory.Mailbox.LinkIn(email, ConfirmPath);

        var overview = await OverviewWithAsync(staff, program.Id);
        var reminded = await overview.SubmitAsync(staff, new Dictionary<string, string>(), $"#program-{program.Id} form.remind");
        var mails = await factory.Mailbox.WaitForAsync(email, 3);
        var client = PortalClient.Anonymous(factory);

        var row = overview.Document.GetElementById($"program-{program.Id}")!;
        Assert.Contains("Never", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("not-confirmed", row.ClassList);
        Assert.Contains($"Reminded {program.Name}'s coordinator.", reminded.MainText, StringComparison.Ordinal);
        Assert.StartsWith("Reminder: ", mails[^1].Subject, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await HtmlPage.GetAsync(client, first.PathAndQuery)).Status);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, factory.Mailbox.LinkIn(email, ConfirmPath).PathAndQuery)).Status);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, second.PathAndQuery)).Status);
    }

    [Fact]
    public async Task SendLink_NotAnEmailAddress_SendsNothing()
    {
        var program = await AddAsync("No address program");

        var page = await SendAsync(await StaffAsync(), program, "not an address");

        Assert.Contains("Give the coordinator's e-mail address", page.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        var box = page.Document.QuerySelector($"#program-{program.Id} input#CoordinatorEmail")!;
        Assert.Equal("not an address", box.GetAttribute("value"));
        Assert.Contains("Give the coordinator's e-mail address", page.Document.QuerySelector("[data-valmsg-for='CoordinatorEmail']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector(".error-summary a[href='#CoordinatorEmail']"));
        Assert.False(await QueryAsync(db => db.ProgramConfirmationRequests.AnyAsync(r => r.ProgramId == program.Id)));
    }

    [Fact]
    public async Task EmailAndPages_NameTheConfiguredOrganizationAndContactAddress()
    {
        using var configured = new PortalFactory()
            .With("Portal:ContactEmail", "programs@society.example.net")
            .With("Portal:Organization:Name", "Example Medical Society")
            .With("Portal:Organization:ShortName", "EMS");
        var program = await AddProgramAsync(configured, "Contact program");
        var email = Coordinator();
        var staff = await PortalClient.AsRoleAsync(configured, Roles.Staff);
        await SendAsync(staff, program, email);
        var mail = (await configured.Mailbox.WaitForAsync(email)).Single();
        var link = configured.Mailbox.LinkIn(email, ConfirmPath);
        var client = PortalClient.Anonymous(configured);

        var open = await HtmlPage.GetAsync(client, link.PathAndQuery);
        var broken = await HtmlPage.GetAsync(client, ConfirmPath + "not-a-real-token");

        Assert.Contains("Write to the Example Medical Society (EMS) at programs@society.example.net.", HtmlPage.Fold(mail.TextBody ?? string.Empty), StringComparison.Ordinal);
        Assert.All([open, broken], page =>
        {
            var contact = page.Document.GetElementById("coordinator-contact")!;
            Assert.Contains("Example Medical Society (EMS)", HtmlPage.Fold(contact.TextContent), StringComparison.Ordinal);
            Assert.Equal("mailto:programs@society.example.net", contact.QuerySelector("a")!.GetAttribute("href"));
        });
        Assert.DoesNotContain("ImgPortal's staff", broken.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_MoreProgramsThanAPage_PagesThemAndListsEveryProgramOnceNotConfirmedFirst()
    {
        for (var i = 0; i < IConfirmationOverviewService.PageSize + 1; i++)
        {
            await AddAsync($"Paged program {i:D2}");
        }

        var confirmed = await AddAsync("Confirmed paged program");
        await QueryAsync(async db =>
        {
            var row = await db.Programs.SingleAsync(p => p.Id == confirmed.Id);
            row.LastConfirmedByProgram = DateOnly.FromDateTime(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var staff = await StaffAsync();
        var allIds = await QueryAsync(db => db.Programs.Select(p => p.Id).ToListAsync());
        var pageCount = (allIds.Count + IConfirmationOverviewService.PageSize - 1) / IConfirmationOverviewService.PageSize;

        var pages = new List<HtmlPage>();
        for (var page = 1; page <= pageCount; page++)
        {
            pages.Add(await HtmlPage.GetAsync(staff, $"/staff/programs/confirmations?page={page}"));
        }

        var rows = pages.SelectMany(p => p.Document.QuerySelectorAll("#confirmations tbody tr")).ToList();
        Assert.Equal(IConfirmationOverviewService.PageSize, pages[0].Document.QuerySelectorAll("#confirmations tbody tr").Length);
        Assert.Equal("/staff/programs/confirmations?page=2", pages[0].Document.QuerySelector("nav[aria-label='Pages of results'] a[rel=next]")!.GetAttribute("href"));
        Assert.Null(pages[^1].Document.QuerySelector("a[rel=next]"));
        Assert.Equal(allIds.Order().ToArray(), rows.Select(r => int.Parse(r.Id!["program-".Length..], System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray());
        var notConfirmed = rows.Select(r => r.ClassList.Contains("not-confirmed")).ToList();
        Assert.Equal(notConfirmed.OrderByDescending(n => n).ToList(), notConfirmed);
        Assert.Contains($"({notConfirmed.Count(n => n)} not confirmed in", pages[^1].Document.GetElementById("programs-heading")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_OnAPhone_EveryStackedCellNamesItsColumn()
    {
        await AddAsync("Stacked cells program");
        var staff = await StaffAsync();

        var page = await HtmlPage.GetAsync(staff, "/staff/programs/confirmations");

        // At phone width the table stacks into cards: a cell without data-label shows a bare "Never" or "None sent".
        var cells = page.Document.QuerySelectorAll("#confirmations tbody td");
        Assert.NotEmpty(cells);
        Assert.All(cells, cell => Assert.False(string.IsNullOrWhiteSpace(cell.GetAttribute("data-label"))));
        Assert.Equal(
            ["Confirmed by the program", "Newest link", "Actions"],
            cells.Take(3).Select(c => c.GetAttribute("data-label")!).ToArray());
    }

    [Fact]
    public async Task Remind_FromALaterPage_ReturnsToThatPage()
    {
        for (var i = 0; i < IConfirmationOverviewService.PageSize; i++)
        {
            await AddAsync($"Filler program {i:D2}");
        }

        var program = await AddAsync("Zz last page program");
        var email = Coordinator();
        var staff = await StaffAsync();
        await SendAsync(staff, program, email);
        var overview = await OverviewWithAsync(staff, program.Id);

        var reminded = await overview.SubmitAsync(staff, new Dictionary<string, string>(), $"#program-{program.Id} form.remind");

        var shown = overview.Response.RequestMessage!.RequestUri!.PathAndQuery;
        Assert.NotEqual("/staff/programs/confirmations?page=1", shown);
        Assert.Equal(shown, reminded.Response.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.NotNull(reminded.Document.GetElementById($"program-{program.Id}"));
    }

    [Fact]
    public async Task Retention_PastTheRetentionDays_TheJobClearsTheCoordinatorsAddressKeptNowhereElse()
    {
        using var portal = new PortalFactory().With("ProgramConfirmations:EmailRetentionDays", "10");
        var program = await AddProgramAsync(portal, "Retained program");
        var email = Coordinator();
        var staff = await PortalClient.AsRoleAsync(portal, Roles.Staff);
        await SendAsync(staff, program, email);
        await portal.Mailbox.WaitForAsync(email);

        using var later = portal.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<TimeProvider>(new FixedClock(DateTimeOffset.UtcNow.AddDays(IConfirmationLinkService.LinkDays + 11)))));
        _ = later.Services; // the retention job runs once at start
        var address = email;
        for (var i = 0; i < 100 && address.Length > 0; i++)
        {
            await Task.Delay(100);
            address = await QueryAsync(portal, db => db.ProgramConfirmationRequests.Where(r => r.ProgramId == program.Id).Select(r => r.CoordinatorEmail).SingleAsync());
        }

        var overview = await OverviewWithAsync(staff, program.Id);
        Assert.Equal(string.Empty, address);
        Assert.Contains("to an address since removed", overview.Document.GetElementById($"program-{program.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.False(await QueryAsync(portal, db => db.AuditEntries.AnyAsync(a => (a.AfterJson ?? string.Empty).Contains(email) || (a.BeforeJson ?? string.Empty).Contains(email))));
    }

    [Fact]
    public async Task Privacy_SaysHowLongACoordinatorsAddressIsKept()
    {
        var days = factory.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProgramConfirmationOptions>>().Value.EmailRetentionDays;

        var privacy = await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/privacy");

        Assert.Contains($"The address is deleted {days} days after the request is finished", HtmlPage.Fold(privacy.Document.GetElementById("program-coordinators")!.TextContent), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ProgramConfirmations:EmailRetentionDays", "0", "ProgramConfirmations:EmailRetentionDays must be a number of days from 1 to 3650")]
    [InlineData("ProgramConfirmations:RetentionInterval", "00:00:00", "ProgramConfirmations:RetentionInterval must be from 1 second to 1 day")]
    public void Start_RetentionSettingOutOfRange_FailsNamingTheSetting(string key, string value, string message)
    {
        using var portal = new PortalFactory().With(key, value);

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => portal.CreateClient());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_MoreRequestsThanTheLimit_Gets429()
    {
        using var limited = new PortalFactory().With("RateLimits:ProgramConfirmation:PermitLimit", "3");
        var client = PortalClient.Anonymous(limited);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetAsync(ConfirmPath + "not-a-real-token")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    private static string Coordinator() => $"coordinator-{Guid.NewGuid():N}@program.example.org";

    private Task<HttpClient> StaffAsync() => PortalClient.AsRoleAsync(factory, Roles.Staff);

    private static async Task<HtmlPage> SendAsync(HttpClient staff, ResidencyProgram program, string email)
    {
        var overview = await OverviewWithAsync(staff, program.Id);
        return await overview.SubmitAsync(staff, new Dictionary<string, string> { ["CoordinatorEmail"] = email }, $"#program-{program.Id} form.send-link");
    }

    /// <summary>The overview page that lists <paramref name="programId"/> (the list is paged, not confirmed first, then by name).</summary>
    private static async Task<HtmlPage> OverviewWithAsync(HttpClient staff, int programId)
    {
        for (var page = 1; ; page++)
        {
            var overview = await HtmlPage.GetAsync(staff, $"/staff/programs/confirmations?page={page}");
            if (overview.Document.GetElementById($"program-{programId}") is not null || overview.Document.QuerySelector("a[rel=next]") is null)
            {
                return overview;
            }
        }
    }

    private async Task<Uri> LinkAsync(string email)
    {
        await factory.Mailbox.WaitForAsync(email);
        return factory.Mailbox.LinkIn(email, ConfirmPath);
    }

    private Task<ProgramConfirmationStatus> StatusAsync(int programId) =>
        QueryAsync(db => db.ProgramConfirmationRequests.Where(r => r.ProgramId == programId).OrderByDescending(r => r.Id).Select(r => r.Status).FirstAsync());

    private Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query) => QueryAsync(factory, query);

    private static async Task<T> QueryAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> query)
    {
        using var scope = portal.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private Task<ResidencyProgram> AddAsync(string name, J1Policy j1 = J1Policy.Unknown) => AddProgramAsync(factory, name, j1);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
