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
            return await pages.ScheduleAsync(id, Start.UtcDateTime.AddHours(2), draft.VersionToken);
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

        Assert.Equal(EditStatus.Done, first.Status);
        Assert.Equal(EditStatus.Conflict, second.Status);
        Assert.Equal("First", second.Current!.Content.Summary);
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
            var organisation = await db.Organisations.OrderBy(o => o.Id).FirstAsync();
            db.Organisations.Remove(organisation);
            await db.SaveChangesAsync();
            return organisation.Id;
        });

        var entry = await database.WithAsync(services =>
            services.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking().SingleAsync(a => a.EntityType == nameof(Organisation) && a.Action == AuditAction.Deleted));
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

    private Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => _user.Object);
        });

    private static Task<T> WithEditing<T>(TestDatabase database, Func<IPageEditingService, Task<T>> action) =>
        database.WithAsync(services => action(services.GetRequiredService<IPageEditingService>()));

    private static Task<int> PageIdAsync(TestDatabase database, string slug) =>
        database.WithAsync(services => services.GetRequiredService<AppDbContext>().GuidancePages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private static Task<string> TitleAsync(TestDatabase database, string slug) =>
        database.WithAsync(services => services.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Slug == slug).Select(p => p.Title).SingleAsync());
}
