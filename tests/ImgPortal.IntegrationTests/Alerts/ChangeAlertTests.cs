using ImgPortal.Core.Alerts;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Records;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Alerts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.IntegrationTests.Content.Editing;
using ImgPortal.IntegrationTests.Profiles;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Alerts;

/// <summary>The change log written by publishing, and the alerts sent from it (ADR 0078).</summary>
public sealed class ChangeAlertTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Mock<ICurrentUser> _user = new();
    private readonly IDataProtectionProvider _protection = new EphemeralDataProtectionProvider();

    public ChangeAlertTests()
    {
        _user.SetupGet(u => u.UserId).Returns("staff-1");
        _user.SetupGet(u => u.Name).Returns("editor@test.example");
        _user.Setup(u => u.IsInRole(Roles.Staff)).Returns(true);
        _user.SetupGet(u => u.IsStaff).Returns(true);
    }

    [Fact]
    public async Task Publish_FollowedPage_WritesOneEntryAndTheDraftBeforeItWritesNone()
    {
        await using var database = await CreateAsync();
        var id = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.Where(p => p.Slug == "visas").Select(p => p.Id).SingleAsync());

        var draft = await database.WithAsync(async sp =>
        {
            var pages = PageEditors.From(sp);
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            return (await pages.Drafts.SaveDraftAsync(id, editor.Content with { Summary = editor.Content.Summary + " Now with a new rule." }, editor.VersionToken)).Value!;
        });
        var afterDraft = await EntriesAsync(database);
        var published = await database.WithAsync(sp => sp.GetRequiredService<IPagePublishing>().PublishAsync(id, draft.VersionToken, "New rule"));
        var afterPublish = await EntriesAsync(database);

        Assert.True(published.Succeeded);
        Assert.Empty(afterDraft);
        var entry = Assert.Single(afterPublish);
        Assert.Equal(ChangeTopics.Visas.Key, entry.Topic);
        Assert.Equal("/visas", entry.Link);
        Assert.Equal(Start.UtcDateTime, entry.PublishedAtUtc);
        Assert.StartsWith("Summary updated (", entry.Summary, StringComparison.Ordinal);
        Assert.Contains("words added", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_PageNobodyFollows_WritesNothing()
    {
        await using var database = await CreateAsync();
        var id = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.Where(p => p.Slug == "echo").Select(p => p.Id).SingleAsync());

        await database.WithAsync(async sp =>
        {
            var pages = PageEditors.From(sp);
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            var saved = await pages.Drafts.SaveDraftAsync(id, editor.Content with { Title = "Another title" }, editor.VersionToken);
            return await pages.Publishing.PublishAsync(id, saved.Value!.VersionToken, null);
        });

        Assert.Empty(await EntriesAsync(database));
    }

    [Fact]
    public async Task SaveRecord_StatePathwayStatusChanged_WritesAnEntryForTheStateWithTheFieldsLabel()
    {
        await using var database = await CreateAsync();
        var id = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().StatePathways.Where(p => p.State == "TN").Select(p => p.Id).SingleAsync());
        var type = await database.WithAsync(sp => Task.FromResult(sp.GetRequiredService<RecordCatalog>().Find("state-pathways")!));
        var current = (await database.WithAsync(sp => sp.GetRequiredService<IRecordEditingService>().GetAsync(type, id)))!;
        var values = current.Values.ToDictionary(v => v.Key, v => (string?)v.Value);
        values["SupervisedPeriod"] = "Three years of supervised practice.";

        var saved = await database.WithAsync(sp => sp.GetRequiredService<IRecordEditingService>().SaveAsync(type, new RecordInput(id, current.Version, values)));
        var unchanged = await database.WithAsync(sp => sp.GetRequiredService<IRecordEditingService>().SaveAsync(type, new RecordInput(id, saved.Value!.Version, values)));

        Assert.True(unchanged.Succeeded);
        var entry = Assert.Single(await EntriesAsync(database));
        Assert.Equal((ChangeTopics.StatePathways.Key, "TN", "/state-pathways/tn"), (entry.Topic, entry.State, entry.Link));
        Assert.Contains("revised", entry.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Changed: ", entry.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveRecord_FeeAndProgramChanged_WriteEntriesUnderFeesAndPrograms()
    {
        await using var database = await CreateAsync();
        var (feeId, programId, programKey) = await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var program = await db.Programs.OrderBy(p => p.Id).Select(p => new { p.Id, p.Key }).FirstAsync();
            return (await db.Fees.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync(), program.Id, program.Key);
        });

        var fee = await SaveChangedAsync(database, "fees", feeId, "Notes", "Charged once per application season.");
        var program = await SaveChangedAsync(database, "programs", programId, "Positions", "17");

        Assert.True(fee.Succeeded, string.Join("; ", fee.Errors.Select(e => e.Message)));
        Assert.True(program.Succeeded, string.Join("; ", program.Errors.Select(e => e.Message)));
        var entries = await EntriesAsync(database);
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => (e.Topic, e.State, e.Link) == (ChangeTopics.Fees.Key, null, "/costs") && e.Summary.StartsWith("Changed: ", StringComparison.Ordinal));
        Assert.Contains(entries, e => (e.Topic, e.Link) == (ChangeTopics.Programs.Key, "/programs/" + programKey) && e.Summary.Contains("to 17", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeleteRecord_FollowedRecord_WritesARemovedEntryInTheSameSave()
    {
        await using var database = await CreateAsync();
        var fee = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Fees.OrderByDescending(f => f.Id).Select(f => new { f.Id, f.Version }).FirstAsync());
        var program = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Programs.OrderByDescending(p => p.Id).Select(p => new { p.Id, p.Version, p.Name }).FirstAsync());
        var pathway = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().StatePathways.Where(p => p.State == "TN").Select(p => new { p.Id, p.Version }).SingleAsync());

        var stale = await DeleteAsync(database, "fees", fee.Id, Guid.NewGuid());
        var afterStale = await EntriesAsync(database);
        var deletedFee = await DeleteAsync(database, "fees", fee.Id, fee.Version);
        var deletedProgram = await DeleteAsync(database, "programs", program.Id, program.Version);
        var deletedPathway = await DeleteAsync(database, "state-pathways", pathway.Id, pathway.Version);

        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        Assert.Empty(afterStale);
        Assert.True(deletedFee.Succeeded && deletedProgram.Succeeded && deletedPathway.Succeeded);
        var entries = await EntriesAsync(database);
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.StartsWith("Removed: ", e.Summary, StringComparison.Ordinal));
        Assert.Contains(entries, e => (e.Topic, e.Link) == (ChangeTopics.Fees.Key, "/costs"));
        Assert.Contains(entries, e => (e.Topic, e.Title, e.Link) == (ChangeTopics.Programs.Key, program.Name, "/programs"));
        Assert.Contains(entries, e => (e.Topic, e.State, e.Link) == (ChangeTopics.StatePathways.Key, "TN", "/state-pathways/tn"));
    }

    [Fact]
    public async Task SendDue_FeeAndProgramChanges_ReachFeeFollowersAndOnlyMembersWhoShortlistedTheProgramOnce()
    {
        await using var database = await CreateAsync();
        var (programId, programKey, otherKey) = await database.WithAsync(async sp =>
        {
            var programs = await sp.GetRequiredService<AppDbContext>().Programs.OrderBy(p => p.Id).Select(p => new { p.Id, p.Key }).Take(2).ToListAsync();
            return (programs[0].Id, programs[0].Key, programs[1].Key);
        });
        await AddMemberAsync(database, "fees@example.org", AlertDelivery.EachChange, topics: "fees");
        var shortlister = await AddMemberAsync(database, "shortlist@example.org", AlertDelivery.EachChange, topics: "programs");
        await AddMemberAsync(database, "noshortlist@example.org", AlertDelivery.EachChange, topics: "programs");
        await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.ShortlistedPrograms.Add(new Core.Programs.ShortlistedProgram { UserId = shortlister, ProgramId = programId, AddedAtUtc = _clock.GetUtcNow().UtcDateTime });
            return await db.SaveChangesAsync();
        });
        _clock.Advance(TimeSpan.FromHours(1));
        await AddChangeAsync(database, ChangeTopics.Fees, null, "ERAS fee (2027)", "/costs");
        await AddChangeAsync(database, ChangeTopics.Programs, null, "Shortlisted program", ChangeTopics.ProgramLink(programKey));
        await AddChangeAsync(database, ChangeTopics.Programs, null, "Another program", ChangeTopics.ProgramLink(otherKey));
        var email = new Mock<IEmailOutbox>();

        var first = await SendAsync(database, email.Object);
        var second = await SendAsync(database, email.Object);

        Assert.Equal((2, 0), (first, second));
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "fees@example.org" && m.Subject == "Updated: ERAS fee (2027)")), Times.Once);
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "shortlist@example.org" && m.Subject == "Updated: Shortlisted program")), Times.Once);
        email.Verify(e => e.Queue(It.IsAny<EmailContent>()), Times.Exactly(2));
    }

    private static async Task<Outcome<RecordView>> SaveChangedAsync(TestDatabase database, string slug, int id, string field, string value)
    {
        var type = await database.WithAsync(sp => Task.FromResult(sp.GetRequiredService<RecordCatalog>().Find(slug)!));
        var current = (await database.WithAsync(sp => sp.GetRequiredService<IRecordEditingService>().GetAsync(type, id)))!;
        var values = current.Values.ToDictionary(v => v.Key, v => (string?)v.Value);
        values[field] = value;
        return await database.WithAsync(sp => sp.GetRequiredService<IRecordEditingService>().SaveAsync(type, new RecordInput(id, current.Version, values)));
    }

    private static async Task<Outcome> DeleteAsync(TestDatabase database, string slug, int id, Guid version)
    {
        var type = await database.WithAsync(sp => Task.FromResult(sp.GetRequiredService<RecordCatalog>().Find(slug)!));
        return await database.WithAsync(sp => sp.GetRequiredService<IRecordEditingService>().DeleteAsync(type, id, version));
    }

    [Fact]
    public async Task SendDue_RunTwice_SendsEachChangeOnceToEachFollowerAndNeverToOptedOutOrUnfollowingMembers()
    {
        await using var database = await CreateAsync();
        var texas = await AddMemberAsync(database, "texas@example.org", AlertDelivery.EachChange, states: "TX");
        await AddMemberAsync(database, "off@example.org", AlertDelivery.Off, states: "TX");
        await AddMemberAsync(database, "visas@example.org", AlertDelivery.EachChange, topics: "visas");
        _clock.Advance(TimeSpan.FromHours(1));
        await AddChangeAsync(database, ChangeTopics.StatePathways, "TX", "Texas: new pathway");
        await AddChangeAsync(database, ChangeTopics.StatePathways, "WA", "Washington: law changed");
        var email = new Mock<IEmailOutbox>();

        var first = await SendAsync(database, email.Object);
        var second = await SendAsync(database, email.Object);

        Assert.Equal((1, 0), (first, second));
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "texas@example.org" && m.Subject == "Updated: Texas: new pathway")), Times.Once);
        email.Verify(e => e.Queue(It.IsAny<EmailContent>()), Times.Once);
        var logged = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ReminderLogs.Where(r => r.ReminderKey.StartsWith("change:")).ToListAsync());
        Assert.Equal(texas, Assert.Single(logged).UserId);
    }

    [Fact]
    public async Task SendDue_DeletedAccount_GetsNothing()
    {
        await using var database = await CreateAsync();
        var gone = await AddMemberAsync(database, "gone@example.org", AlertDelivery.EachChange, topics: "visas");
        await database.WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.DeleteAsync((await users.FindByIdAsync(gone))!);
        });
        _clock.Advance(TimeSpan.FromHours(1));
        await AddChangeAsync(database, ChangeTopics.Visas, null, "Visas");
        var email = new Mock<IEmailOutbox>();

        Assert.Equal(0, await SendAsync(database, email.Object));
        email.Verify(e => e.Queue(It.IsAny<EmailContent>()), Times.Never);
    }

    [Fact]
    public async Task SendDue_ChangePublishedBeforeTheMemberFollowed_IsNotSent()
    {
        await using var database = await CreateAsync();
        await AddChangeAsync(database, ChangeTopics.Visas, null, "Old visa change");
        _clock.Advance(TimeSpan.FromHours(1));
        await AddMemberAsync(database, "new@example.org", AlertDelivery.EachChange, topics: "visas");
        var email = new Mock<IEmailOutbox>();

        Assert.Equal(0, await SendAsync(database, email.Object));
    }

    [Fact]
    public async Task SendDue_WeeklyDigest_GroupsTheWeeksChangesInOneEmailSentOnce()
    {
        await using var database = await CreateAsync();
        await AddMemberAsync(database, "weekly@example.org", AlertDelivery.WeeklyDigest, topics: "visas,match-dates", states: "TX");
        var email = new Mock<IEmailOutbox>();
        _clock.Advance(TimeSpan.FromDays(1));
        await AddChangeAsync(database, ChangeTopics.Visas, null, "Visa rules");
        _clock.Advance(TimeSpan.FromDays(2));
        await AddChangeAsync(database, ChangeTopics.MatchDates, null, "Match Day 2027");
        await AddChangeAsync(database, ChangeTopics.StatePathways, "TX", "Texas pathway");
        await AddChangeAsync(database, ChangeTopics.State30, null, "Not followed");
        var midWeek = await SendAsync(database, email.Object);
        _clock.Advance(TimeSpan.FromDays(4));

        var endOfWeek = await SendAsync(database, email.Object);
        var again = await SendAsync(database, email.Object);

        Assert.Equal((0, 1, 0), (midWeek, endOfWeek, again));
        email.Verify(e => e.Queue(It.Is<EmailContent>(m => m.To == "weekly@example.org"
            && m.Subject == "Your weekly ImgPortal changes: 3 updates"
            && ReminderServiceTests.Plain(m).Contains("Visa rules", StringComparison.Ordinal)
            && ReminderServiceTests.Plain(m).Contains("Match Day 2027", StringComparison.Ordinal)
            && ReminderServiceTests.Plain(m).Contains("Texas pathway", StringComparison.Ordinal)
            && !ReminderServiceTests.Plain(m).Contains("Not followed", StringComparison.Ordinal))), Times.Once);
    }

    [Fact]
    public async Task Unsubscribe_SignedLink_TurnsAlertsOffAndTamperedOrExpiredLinksAreRefused()
    {
        await using var database = await CreateAsync();
        var member = await AddMemberAsync(database, "leaving@example.org", AlertDelivery.EachChange, topics: "visas");
        var tokens = new DataProtectionUnsubscribeTokens(_protection, _clock);
        var token = tokens.Sign(member, _clock.GetUtcNow().UtcDateTime.AddDays(90));
        var tampered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];
        var expiring = tokens.Sign(member, _clock.GetUtcNow().UtcDateTime.AddDays(1));

        var refused = await UnsubscribeAsync(database, tampered);
        _clock.Advance(TimeSpan.FromDays(2));
        var expired = await UnsubscribeAsync(database, expiring);
        var stillOn = await DeliveryAsync(database, member);
        var done = await UnsubscribeAsync(database, token);

        Assert.Equal(UnsubscribeTokenStatus.Invalid, tokens.Read(tampered).Status);
        Assert.Equal(UnsubscribeTokenStatus.Expired, tokens.Read(expiring).Status);
        Assert.Equal(UnsubscribeTokenStatus.Invalid, tokens.Read("not a token").Status);
        Assert.False(refused.Succeeded);
        Assert.False(expired.Succeeded);
        Assert.Equal(AlertDelivery.EachChange, stillOn);
        Assert.True(done.Succeeded);
        Assert.Equal(AlertDelivery.Off, await DeliveryAsync(database, member));
    }

    private Task<Outcome> UnsubscribeAsync(TestDatabase database, string token) =>
        database.WithAsync(sp => new AlertSettingsService(
            sp.GetRequiredService<AppDbContext>(), _user.Object, new DataProtectionUnsubscribeTokens(_protection, _clock), _clock).UnsubscribeAsync(token));

    private static Task<AlertDelivery> DeliveryAsync(TestDatabase database, string userId) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().AlertSubscriptions.Where(s => s.UserId == userId).Select(s => s.Delivery).SingleAsync());

    private Task<int> SendAsync(TestDatabase database, IEmailOutbox email) =>
        database.WithAsync(sp => new AlertService(
            sp.GetRequiredService<AppDbContext>(), email, ReminderServiceTests.Links,
            new DataProtectionUnsubscribeTokens(_protection, _clock), Options.Create(new AlertOptions()), _clock,
            NullLogger<AlertService>.Instance).SendDueAsync());

    private Task<int> AddChangeAsync(TestDatabase database, ChangeTopic topic, string? state, string title, string link = "/changes") =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var entry = new ChangeNote(topic, state, title, "Status from Proposed to Enacted.", link).ToEntry(_clock.GetUtcNow().UtcDateTime);
            db.ChangeLogEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    private Task<string> AddMemberAsync(TestDatabase database, string email, AlertDelivery delivery, string topics = "", string states = "") =>
        database.WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, TestDatabase.AdminPassword)).Succeeded);
            var db = sp.GetRequiredService<AppDbContext>();
            var now = _clock.GetUtcNow().UtcDateTime;
            db.AlertSubscriptions.Add(new AlertSubscription
            {
                UserId = user.Id,
                Delivery = delivery,
                Topics = topics,
                States = states,
                FollowingSinceUtc = now,
                LastDigestAtUtc = delivery == AlertDelivery.WeeklyDigest ? now : null,
                UpdatedAtUtc = now,
            });
            await db.SaveChangesAsync();
            return user.Id;
        });

    private static Task<List<ChangeLogEntry>> EntriesAsync(TestDatabase database) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ChangeLogEntries.AsNoTracking().ToListAsync());

    private Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => _user.Object);
            services.AddSingleton<IReservedAddresses>(new FixedReservedAddresses("search", "staff"));
        });
}
