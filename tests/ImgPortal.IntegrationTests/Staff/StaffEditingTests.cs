using System.Text.Json;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Staff;

/// <summary>Drafts, scheduling and the audit trail on real SQLite, with a fake clock and a fake signed-in user.</summary>
public sealed class StaffEditingTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Mock<ICurrentUser> _user = new();

    public StaffEditingTests()
    {
        _user.SetupGet(u => u.UserId).Returns("staff-1");
        _user.SetupGet(u => u.Name).Returns("editor@test.example");
        _user.Setup(u => u.IsInRole(Roles.Staff)).Returns(true);
        _user.SetupGet(u => u.IsStaff).Returns(true);
    }

    /// <remarks>The draft is scheduled at 6:00 AM New York time (EST, UTC−5): two hours after <see cref="Start"/>.</remarks>
    [Fact]
    public async Task PublishDue_ScheduledDraft_PublishesOnlyOnceItsTimeHasCome()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        await WithEditing(database, async pages =>
        {
            var editor = (await pages.GetEditorAsync(id))!;
            await pages.SaveDraftAsync(id, editor.Content with { Title = "Scheduled title" }, editor.VersionToken);
            var draft = (await pages.GetEditorAsync(id))!;
            return await pages.ScheduleAsync(id, new DateTime(2026, 3, 1, 6, 0, 0), "Scheduled note", draft.VersionToken);
        });

        _clock.Advance(TimeSpan.FromHours(1));
        var early = await WithEditing(database, pages => pages.PublishDueAsync());
        var stillLive = await TitleAsync(database, "echo");
        _clock.Advance(TimeSpan.FromHours(1));
        var due = await WithEditing(database, pages => pages.PublishDueAsync());

        Assert.Equal(0, early);
        Assert.NotEqual("Scheduled title", stillLive);
        Assert.Equal(1, due);
        Assert.Equal("Scheduled title", await TitleAsync(database, "echo"));
        var history = await WithEditing(database, pages => pages.GetHistoryAsync(id));
        Assert.Equal("editor@test.example (scheduled)", history!.Revisions[0].PublishedByName);
        Assert.Equal(Start.UtcDateTime.AddHours(2), history.Revisions[0].PublishedAtUtc);
        Assert.Equal("Scheduled note", history.Revisions[0].ChangeNote);
        Assert.False((await WithEditing(database, pages => pages.GetEditorAsync(id)))!.HasDraft);
    }

    [Fact]
    public async Task SaveDraft_StaleVersion_IsAConflictAndKeepsTheSavedDraft()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "residency");
        var opened = (await WithEditing(database, pages => pages.GetEditorAsync(id)))!;

        var first = await WithEditing(database, pages => pages.SaveDraftAsync(id, opened.Content with { Summary = "First" }, opened.VersionToken));
        var second = await WithEditing(database, pages => pages.SaveDraftAsync(id, opened.Content with { Summary = "Second" }, opened.VersionToken));

        Assert.Equal(OutcomeKind.Done, first.Kind);
        Assert.Equal(OutcomeKind.Conflict, second.Kind);
        Assert.Equal("First", second.Value!.Content.Summary);
    }

    [Fact]
    public async Task Publish_AfterAnEdit_LeavesTheReviewDateAndMarkReviewedMovesItWithTheSources()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        var reviewedBefore = (await WithEditing(database, pages => pages.GetEditorAsync(id)))!.LastReviewedOn;
        _clock.Advance(TimeSpan.FromDays(40));

        await WithEditing(database, async pages =>
        {
            var editor = (await pages.GetEditorAsync(id))!;
            var saved = await pages.SaveDraftAsync(id, editor.Content with { Summary = "Edited, not reviewed" }, editor.VersionToken);
            return await pages.PublishAsync(id, saved.Value!.VersionToken, "Clarified the summary");
        });
        var afterPublish = (await WithEditing(database, pages => pages.GetEditorAsync(id)))!.LastReviewedOn;
        var reviewed = await WithEditing(database, pages => pages.MarkReviewedAsync(id, new ReviewInput("ECFMG ECHO page, checked Mar 2026", "All current")));
        var history = (await WithEditing(database, pages => pages.GetHistoryAsync(id)))!;

        Assert.Equal(reviewedBefore, afterPublish);
        Assert.True(reviewed.Succeeded);
        Assert.Equal(DateOnly.FromDateTime(Start.UtcDateTime.AddDays(40)), (await WithEditing(database, pages => pages.GetEditorAsync(id)))!.LastReviewedOn);
        var review = Assert.Single(history.Reviews);
        Assert.Equal("ECFMG ECHO page, checked Mar 2026", review.SourcesChecked);
        Assert.Equal("editor@test.example", review.ReviewedByName);
        Assert.Equal("Clarified the summary", history.Revisions[0].ChangeNote);
    }

    [Fact]
    public async Task MarkReviewed_NoSources_IsRefusedAndTheDateStays()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        _clock.Advance(TimeSpan.FromDays(10));

        var outcome = await WithEditing(database, pages => pages.MarkReviewedAsync(id, new ReviewInput("  ", null)));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal("SourcesChecked", outcome.Errors[0].Field);
        Assert.NotEqual(DateOnly.FromDateTime(Start.UtcDateTime.AddDays(10)), (await WithEditing(database, pages => pages.GetEditorAsync(id)))!.LastReviewedOn);
    }

    [Fact]
    public async Task ReviewQueue_AYearOnWithShorterIntervals_ListsOverdueAndDueSoonPagesSoonestFirstWithTheirOwner()
    {
        await using var database = await CreateAsync();
        var echo = await PageIdAsync(database, "echo");
        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            foreach (var page in await db.GuidancePages.ToListAsync())
            {
                page.LastReviewedOn = DateOnly.FromDateTime(Start.UtcDateTime);
                page.ReviewIntervalMonths = 24;
            }

            var owned = await db.GuidancePages.SingleAsync(p => p.Id == echo);
            owned.ReviewIntervalMonths = 6;
            owned.OwnerUserId = "staff-1";
            owned.OwnerName = "editor@test.example";
            (await db.GuidancePages.SingleAsync(p => p.Slug == "residency")).ReviewIntervalMonths = 12;
            return await db.SaveChangesAsync();
        });
        _clock.Advance(TimeSpan.FromDays(365));

        var queue = await WithEditing(database, pages => pages.ReviewQueueAsync());
        var mine = await WithEditing(database, pages => pages.ReviewQueueAsync(mineOnly: true));

        Assert.Equal(["echo", "residency"], queue.Select(r => r.Slug));
        Assert.Equal(ReviewStatus.Overdue, queue[0].Status);
        Assert.Equal("editor@test.example", queue[0].OwnerName);
        Assert.Equal(ReviewStatus.DueSoon, queue[1].Status);
        Assert.Equal(["echo"], mine.Select(r => r.Slug));
    }

    [Fact]
    public async Task CreatePage_ThenPublish_HiddenFromVisitorsUntilPublished()
    {
        await using var database = await CreateAsync();

        var created = await WithEditing(database, pages => pages.CreatePageAsync(new NewPage("visa-basics", "Visa basics", "What a visa is.", "US Department of State", "Visas")));
        var id = created.Id!.Value;
        var hidden = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().GetPageAsync("visa-basics"));
        var navBefore = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().ListNavigationAsync());
        await WithEditing(database, async pages =>
        {
            var editor = (await pages.GetEditorAsync(id))!;
            return await pages.PublishAsync(id, editor.VersionToken, "First version");
        });
        var shown = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().GetPageAsync("visa-basics"));
        var navAfter = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().ListNavigationAsync());

        Assert.True(created.Succeeded);
        Assert.Null(hidden);
        Assert.DoesNotContain(navBefore, l => l.Slug == "visa-basics");
        Assert.Equal("Visa basics", shown!.Title);
        Assert.Equal("US Department of State", shown.Source);
        Assert.Contains(navAfter, l => l.Slug == "visa-basics" && l.Label == "Visas");
    }

    [Fact]
    public async Task CreatePage_ReservedOrTakenAddress_IsRefusedOnTheAddressField()
    {
        await using var database = await CreateAsync();

        var reserved = await WithEditing(database, pages => pages.CreatePageAsync(new NewPage("search", "T", "S", "Src", null)));
        var taken = await WithEditing(database, pages => pages.CreatePageAsync(new NewPage("echo", "T", "S", "Src", null)));

        Assert.Equal(OutcomeKind.Invalid, reserved.Kind);
        Assert.Equal("Slug", reserved.Errors[0].Field);
        Assert.Contains("/search is already a part of the portal", reserved.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Invalid, taken.Kind);
        Assert.Contains("There is already a page at /echo", taken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_ApprovalRequired_TheAuthorIsRefusedAndASecondStaffMemberPublishes()
    {
        await using var database = await CreateAsync(new Dictionary<string, string?> { ["Publishing:RequireApproval"] = "true" });
        var id = await PageIdAsync(database, "echo");
        var draft = await WithEditing(database, async pages =>
        {
            var editor = (await pages.GetEditorAsync(id))!;
            return (await pages.SaveDraftAsync(id, editor.Content with { Title = "Approved title" }, editor.VersionToken)).Value!;
        });

        var byAuthor = await WithEditing(database, pages => pages.PublishAsync(id, draft.VersionToken, null));
        var scheduledByAuthor = await WithEditing(database, pages => pages.ScheduleAsync(id, new DateTime(2026, 3, 2, 9, 0, 0), null, draft.VersionToken));
        _user.SetupGet(u => u.UserId).Returns("staff-2");
        _user.SetupGet(u => u.Name).Returns("colleague@test.example");
        var seenByColleague = (await WithEditing(database, pages => pages.GetEditorAsync(id)))!;
        var byColleague = await WithEditing(database, pages => pages.PublishAsync(id, draft.VersionToken, "Approved"));

        Assert.True(draft.NeedsAnotherApprover);
        Assert.Equal(OutcomeKind.Invalid, byAuthor.Kind);
        Assert.Equal(PageEditingService.ApprovalMessage, byAuthor.Message);
        Assert.Equal(OutcomeKind.Invalid, scheduledByAuthor.Kind);
        Assert.False(seenByColleague.NeedsAnotherApprover);
        Assert.True(byColleague.Succeeded);
        Assert.Equal("Approved title", await TitleAsync(database, "echo"));
        Assert.Equal("colleague@test.example", (await WithEditing(database, pages => pages.GetHistoryAsync(id)))!.Revisions[0].PublishedByName);
    }

    [Fact]
    public async Task Publish_ApprovalNotRequired_TheAuthorPublishes()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");

        var published = await WithEditing(database, async pages =>
        {
            var editor = (await pages.GetEditorAsync(id))!;
            var saved = await pages.SaveDraftAsync(id, editor.Content with { Title = "Own title" }, editor.VersionToken);
            return await pages.PublishAsync(id, saved.Value!.VersionToken, null);
        });

        Assert.True(published.Succeeded);
        Assert.Contains("1 change)", published.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interceptor_StaffModifiesAPage_RecordsOnlyTheChangedValuesBeforeAndAfter()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");

        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var page = await db.GuidancePages.SingleAsync(p => p.Id == id);
            page.Summary = "Audited summary";
            return await db.SaveChangesAsync();
        });

        var entry = await database.WithAsync(services =>
            services.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(GuidancePage) && a.Action == AuditAction.Modified));
        Assert.Equal(AuditAction.Modified, entry.Action);
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
        Assert.Equal("staff-1", entry.ActorUserId);
        Assert.Equal("editor@test.example", entry.ActorName);
        Assert.Equal(Start.UtcDateTime, entry.AtUtc);
        var before = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.BeforeJson!)!;
        var after = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(entry.AfterJson!)!;
        Assert.Equal(["Summary"], after.Keys);
        Assert.Equal("Audited summary", after["Summary"].GetString());
        Assert.NotEqual("Audited summary", before["Summary"].GetString());
    }

    [Fact]
    public async Task Interceptor_DeletedRecord_KeepsItsEntryWithTheValuesBefore()
    {
        await using var database = await CreateAsync();

        var deletedId = await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var organization = await db.Organizations.OrderBy(o => o.Id).FirstAsync();
            db.Organizations.Remove(organization);
            await db.SaveChangesAsync();
            return organization.Id;
        });

        var entry = await database.WithAsync(services =>
            services.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Organization) && a.Action == AuditAction.Deleted));
        Assert.Equal(AuditAction.Deleted, entry.Action);
        Assert.Null(entry.AfterJson);
        Assert.Contains("\"Name\":", entry.BeforeJson, StringComparison.Ordinal);
        Assert.Equal(deletedId.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.EntityKey);
    }

    [Fact]
    public async Task Interceptor_EntryThatCannotBeSaved_LeavesTheChangeUnsavedToo()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        var before = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Id == id).Select(p => p.Summary).SingleAsync());
        await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit refused'); END;"));

        var save = () => database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            (await db.GuidancePages.SingleAsync(p => p.Id == id)).Summary = "Changed without its audit entry";
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(save);
        var after = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Id == id).Select(p => p.Summary).SingleAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Interceptor_ChangeAndItsEntry_CommitTogether()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");

        await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            (await db.GuidancePages.SingleAsync(p => p.Id == id)).Summary = "Changed with its entry";
            return await db.SaveChangesAsync();
        });

        var summary = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Id == id).Select(p => p.Summary).SingleAsync());
        var entries = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .CountAsync(a => a.EntityType == nameof(GuidancePage) && a.AfterJson!.Contains("Changed with its entry")));
        Assert.Equal("Changed with its entry", summary);
        Assert.Equal(1, entries);
    }

    [Fact]
    public async Task Interceptor_ChangeByAMember_IsNotRecorded()
    {
        _user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns(false);
        _user.SetupGet(u => u.IsStaff).Returns(false);
        await using var database = await CreateAsync();

        var count = await database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            (await db.GuidancePages.FirstAsync()).Summary = "Changed by nobody on staff";
            await db.SaveChangesAsync();
            return await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Modified);
        });

        Assert.Equal(0, count);
    }

    private Task<TestDatabase> CreateAsync(IDictionary<string, string?>? settings = null) =>
        TestDatabase.CreateAsync(settings: settings, configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => _user.Object);
            services.AddSingleton<IReservedAddresses>(new FixedReservedAddresses("search", "staff"));
        });

    private static Task<T> WithEditing<T>(TestDatabase database, Func<IPageEditingService, Task<T>> action) =>
        database.WithAsync(services => action(services.GetRequiredService<IPageEditingService>()));

    private static Task<int> PageIdAsync(TestDatabase database, string slug) =>
        database.WithAsync(services => services.GetRequiredService<AppDbContext>().GuidancePages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private static Task<string> TitleAsync(TestDatabase database, string slug) =>
        database.WithAsync(services => services.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Slug == slug).Select(p => p.Title).SingleAsync());
}
