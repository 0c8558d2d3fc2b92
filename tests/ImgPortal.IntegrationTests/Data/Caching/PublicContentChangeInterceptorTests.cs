using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Core.Records;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Caching;
using ImgPortal.IntegrationTests.Content.Editing;
using ImgPortal.IntegrationTests.Mentoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ImgPortal.IntegrationTests.Data.Caching;

/// <summary>
/// The one event after a change visitors can see (ADR 0064): every cache is told once, only after the change has
/// committed (what it then reads through another connection is the new content), and never for a change rolled back.
/// </summary>
public sealed class PublicContentChangeInterceptorTests
{
    private readonly Mock<ICurrentUser> _staff = MentoringDatabase.User("staff-1", staff: true);
    private readonly RecordingCache _first = new();
    private readonly RecordingCache _second = new();

    [Fact]
    public async Task Publish_DraftByStaff_TellsEveryCacheOnceAfterTheCommit()
    {
        await using var database = await CreateAsync();
        var id = await PageIdAsync(database, "echo");
        var draft = await WithEditing(database, async pages =>
        {
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            return (await pages.Drafts.SaveDraftAsync(id, editor.Content with { Title = "Freshly published" }, editor.VersionToken)).Value!;
        });
        Watch(database, () => TitleAsync(database, "echo"));

        var published = await WithEditing(database, pages => pages.Publishing.PublishAsync(id, draft.VersionToken, "Note"));

        Assert.True(published.Succeeded);
        Assert.Equal(["Freshly published"], _first.Seen);
        Assert.Equal(["Freshly published"], _second.Seen);
    }

    [Fact]
    public async Task SaveRecord_ByStaff_TellsEveryCacheOnceAfterTheCommit()
    {
        await using var database = await CreateAsync();
        var current = await TennesseeAsync(database);
        Watch(database, () => SupervisedPeriodAsync(database, current.Id));

        var saved = await database.WithAsync(sp => Records(sp).SaveAsync(Type(sp), Edit(current, "Three years.")));

        Assert.Equal(OutcomeKind.Done, saved.Kind);
        Assert.Equal(["Three years."], _first.Seen);
        Assert.Equal(["Three years."], _second.Seen);
    }

    [Fact]
    public async Task ChangeMentorStatus_ByStaff_TellsEveryCacheOnceAfterTheCommit()
    {
        await using var database = await CreateAsync();
        var userId = await MentoringDatabase.CreateUserAsync(database, "mentor@test.example");
        var mentor = await MentoringDatabase.AddAsync(database, MentoringDatabase.Mentor(userId, "Dr. Mentor"));
        Watch(database, () => MentorStatusAsync(database, mentor.Id));

        var paused = await database.WithAsync(sp =>
            MentoringDatabase.Vet(sp, _staff.Object).ChangeStatusAsync(mentor.Id, mentor.Version, MentorStatus.Paused, "On leave"));

        Assert.True(paused.Succeeded);
        Assert.Equal([nameof(MentorStatus.Paused)], _first.Seen);
        Assert.Equal([nameof(MentorStatus.Paused)], _second.Seen);
    }

    [Fact]
    public async Task SaveRecord_StaleVersion_TellsNoCache()
    {
        await using var database = await CreateAsync();
        var current = await TennesseeAsync(database);
        Watch(database, () => SupervisedPeriodAsync(database, current.Id));

        var outcome = await database.WithAsync(sp => Records(sp).SaveAsync(Type(sp), Edit(current, "Three years.") with { Version = Guid.NewGuid() }));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Empty(_first.Seen);
    }

    [Fact]
    public async Task SaveRecord_WhenItsAuditEntryCannotBeWritten_TellsNoCache()
    {
        await using var database = await CreateAsync();
        var current = await TennesseeAsync(database);
        await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER refuse_audit BEFORE INSERT ON AuditEntries BEGIN SELECT RAISE(ABORT, 'audit refused'); END;"));
        Watch(database, () => SupervisedPeriodAsync(database, current.Id));

        var save = () => database.WithAsync(sp => Records(sp).SaveAsync(Type(sp), Edit(current, "Three years.")));

        await Assert.ThrowsAsync<DbUpdateException>(save);
        Assert.Empty(_first.Seen);
    }

    [Fact]
    public async Task SaveChanges_InATransactionRolledBack_TellsNoCache()
    {
        await using var database = await CreateAsync();
        Watch(database, () => TitleAsync(database, "echo"));

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.GuidancePages.SingleAsync(p => p.Slug == "echo")).Title = "Never committed";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.Empty(_first.Seen);
    }

    [Fact]
    public async Task SaveChanges_TwiceInOneTransaction_TellsEveryCacheOnceAtTheCommit()
    {
        await using var database = await CreateAsync();
        Watch(database, () => TitleAsync(database, "echo"));

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var page = await db.GuidancePages.SingleAsync(p => p.Slug == "echo");
            page.Title = "First";
            await db.SaveChangesAsync();
            page.Title = "Second";
            await db.SaveChangesAsync();
            var beforeCommit = _first.Seen.Count;
            await transaction.CommitAsync();
            Assert.Equal(0, beforeCommit);
        }

        Assert.Equal(["Second"], _first.Seen);
        Assert.Equal(["Second"], _second.Seen);
    }

    [Fact]
    public async Task SaveChanges_OfMembersDataOnly_TellsNoCache()
    {
        await using var database = await CreateAsync();
        Watch(database, () => Task.FromResult("told"));

        await MentoringDatabase.CreateUserAsync(database, "member@test.example");

        Assert.Empty(_first.Seen);
    }

    private Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateAsync(configure: services =>
        {
            services.AddScoped(_ => _staff.Object);
            services.AddSingleton<IReservedAddresses>(new FixedReservedAddresses("search", "staff"));
            services.AddSingleton<IPublicContentCache>(_first);
            services.AddSingleton<IPublicContentCache>(_second);
        });

    /// <summary>From now on, each cache records what another connection reads when it is told.</summary>
    private void Watch(TestDatabase database, Func<Task<string>> read)
    {
        _first.Read = read;
        _second.Read = read;
    }

    private static Task<T> WithEditing<T>(TestDatabase database, Func<PageEditors, Task<T>> action) =>
        database.WithAsync(services => action(PageEditors.From(services)));

    private static Task<int> PageIdAsync(TestDatabase database, string slug) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    private static Task<string> TitleAsync(TestDatabase database, string slug) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GuidancePages.AsNoTracking().Where(p => p.Slug == slug).Select(p => p.Title).SingleAsync());

    private static Task<string> SupervisedPeriodAsync(TestDatabase database, int id) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().StatePathways.AsNoTracking().Where(p => p.Id == id).Select(p => p.SupervisedPeriod).SingleAsync());

    private static Task<string> MentorStatusAsync(TestDatabase database, int id) =>
        database.WithAsync(async sp => (await sp.GetRequiredService<AppDbContext>().Mentors.AsNoTracking().SingleAsync(m => m.Id == id)).Status.ToString());

    private static async Task<RecordView> TennesseeAsync(TestDatabase database)
    {
        var id = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().StatePathways.Where(p => p.State == "TN").Select(p => p.Id).SingleAsync());
        return (await database.WithAsync(sp => Records(sp).GetAsync(Type(sp), id)))!;
    }

    private static RecordInput Edit(RecordView current, string value)
    {
        var values = current.Values.ToDictionary(v => v.Key, v => (string?)v.Value);
        values["SupervisedPeriod"] = value;
        return new RecordInput(current.Id, current.Version, values);
    }

    private static IRecordEditingService Records(IServiceProvider sp) => sp.GetRequiredService<IRecordEditingService>();

    private static RecordType Type(IServiceProvider sp) => sp.GetRequiredService<RecordCatalog>().Find("state-pathways")!;

    /// <summary>Records, each time it is told, what a separate connection reads then: committed data only.</summary>
    private sealed class RecordingCache : IPublicContentCache
    {
        public Func<Task<string>>? Read { get; set; }

        public List<string> Seen { get; } = [];

        public async Task EvictAsync(CancellationToken cancellationToken = default)
        {
            if (Read is { } read)
            {
                Seen.Add(await read());
            }
        }
    }
}
