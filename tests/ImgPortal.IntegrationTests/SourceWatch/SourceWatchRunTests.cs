using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Records;
using ImgPortal.Core.SourceWatch;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.Infrastructure.SourceWatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.SourceWatch;

/// <summary>
/// Whole check runs on real SQLite against a local site: every cited source tracked with every item citing it, one
/// review task per event listing them all, and resolving a task moves the checked dates of the citations it covered.
/// </summary>
public sealed class SourceWatchRunTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);
    private SourceSite _site = null!;
    private TestDatabase _database = null!;
    private int _sectionId;
    private int _pathwayId;
    private int _termId;

    public async Task InitializeAsync()
    {
        _site = await SourceSite.StartAsync();
        var user = new Mock<ICurrentUser>();
        user.SetupGet(u => u.UserId).Returns("staff-1");
        _database = await TestDatabase.CreateAsync(settings: SourceWatchTestSettings.Local(), configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => user.Object);
        });
        _site.Html("/glossary-source", "<main>Definitions</main>");
        await _database.WithAsync(async services =>
        {
            // Only the local site is cited: no test reaches the internet.
            var db = services.GetRequiredService<IAppDbContext>();
            await db.PageSections.ExecuteUpdateAsync(s => s.SetProperty(x => x.Sources, string.Empty));
            await db.StatePathways.ExecuteUpdateAsync(s => s.SetProperty(x => x.Sources, string.Empty));
            await db.RoadmapSteps.ExecuteUpdateAsync(s => s.SetProperty(x => x.Sources, string.Empty));
            await db.WaiverProgramYears.ExecuteUpdateAsync(s => s.SetProperty(x => x.SourceUrl, string.Empty));
            await db.Fees.ExecuteUpdateAsync(s => s.SetProperty(x => x.Sources, string.Empty));
            await db.Programs.ExecuteUpdateAsync(s => s
                .SetProperty(x => x.ExistenceSource, string.Empty).SetProperty(x => x.J1Source, string.Empty).SetProperty(x => x.H1bSource, string.Empty)
                .SetProperty(x => x.YearsSinceGraduationSource, string.Empty).SetProperty(x => x.ExamAttemptsSource, string.Empty)
                .SetProperty(x => x.ClinicalExperienceSource, string.Empty).SetProperty(x => x.ScoreMinimumsSource, string.Empty));
            await db.GlossaryTerms.ExecuteUpdateAsync(s => s.SetProperty(x => x.SourceUrl, _site.Url("/glossary-source")));

            var law = $"{_site.Url("/law")} | State law | 2026-10-01";
            var section = await db.PageSections.OrderBy(s => s.Id).FirstAsync();
            section.Sources = law;
            var pathway = await db.StatePathways.OrderBy(p => p.Id).FirstAsync();
            pathway.Sources = $"{_site.Url("/law#section-2")} | State law | 2026-09-15\n{_site.Url("/glossary-source")} | Other | 2026-09-15";
            var term = await db.GlossaryTerms.OrderBy(t => t.Id).FirstAsync();
            term.SourceUrl = _site.Url("/law");
            term.VerifiedOn = new DateOnly(2026, 8, 1);
            await db.SaveChangesAsync();
            (_sectionId, _pathwayId, _termId) = (section.Id, pathway.Id, term.Id);
            return 0;
        });
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Run_EveryCitedAddress_IsOneTrackedSourceWithEveryCitingItem()
    {
        _site.Html("/law", "<main>Three years of training.</main>");

        var run = await RunAsync();

        var sources = await Query(db => db.Set<TrackedSource>().Include(s => s.Citations).Where(s => s.Cited).ToListAsync());
        Assert.Equal(2, sources.Count);
        Assert.Equal(2, run.Checked);
        var law = Assert.Single(sources, s => s.Url == _site.Url("/law"));
        Assert.Equal(["glossary-term", "page-section", "state-pathway"], law.Citations.Select(c => c.ItemKind).Order());
        Assert.Equal(SourceStatus.Ok, law.Status);
        Assert.Equal("Three years of training.", law.Text);
    }

    [Fact]
    public async Task Sync_TwoAtOnceOnAFreshDatabase_BothSucceedAndTrackEachAddressOnce()
    {
        var gate = new TaskCompletionSource();
        Task<int> Sync() => _database.WithAsync(async services =>
        {
            await gate.Task;
            return await services.GetRequiredService<SourceCatalog>().SyncAsync();
        });

        var first = Sync();
        var second = Sync();
        gate.SetResult();
        var counts = await Task.WhenAll(first, second);

        var urls = await Query(db => db.Set<TrackedSource>().Select(s => s.Url).ToListAsync());
        Assert.Equal([2, 2], counts);
        Assert.Equal(2, urls.Count);
        Assert.Equal(urls.Count, urls.Distinct().Count());
    }

    [Fact]
    public async Task Sync_AnotherProcessInsertsTheSameAddressFirst_RetriesOnceAndTracksItOnce()
    {
        // Another process (here another connection to the same file) inserts the address between this sync's read
        // and its save: the save meets the unique index, and the sync runs once more against the other's row.
        var otherProcess = new InsertSameSourceFirst(_database);
        var options = new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={_database.FilePath};Pooling=False")
            .AddInterceptors(otherProcess)
            .Options;

        var count = await _database.WithAsync(async services =>
        {
            await using var db = new SqliteAppDbContext(options);
            var catalog = new SourceCatalog(
                db, services.GetServices<ICitationProvider>(), _clock, services.GetRequiredService<IDatabaseErrors>());
            return await catalog.SyncAsync();
        });

        var sources = await Query(db => db.Set<TrackedSource>().Include(s => s.Citations).ToListAsync());
        Assert.Equal(1, otherProcess.Inserted);
        Assert.Equal(2, count);
        Assert.Equal([_site.Url("/glossary-source"), _site.Url("/law")], sources.Select(s => s.Url).Order());
        Assert.All(sources, s => Assert.True(s.Cited));
        var law = Assert.Single(sources, s => s.Url == _site.Url("/law"));
        Assert.Equal(["glossary-term", "page-section", "state-pathway"], law.Citations.Select(c => c.ItemKind).Order());
    }

    [Fact]
    public async Task Run_TextChanged_OpensOneTaskListingEveryCitingItem()
    {
        _site.Html("/law", "<main>Three years of training.</main>");
        await RunAsync();
        _site.Html("/law", "<main>Two years of training.</main>");

        var changed = await RunAsync();
        var again = await RunAsync();

        Assert.Equal(1, changed.TasksOpened);
        Assert.Equal(0, again.TasksOpened);
        var task = Assert.Single(await OpenTasksAsync());
        Assert.Equal(SourceEventKind.TextChanged, task.Kind);
        var detail = await Service(s => s.GetTaskAsync(task.Id));
        Assert.Equal(3, detail!.Citations.Count);
        Assert.Contains(detail.Citations, c => c.EditPath == $"/staff/state-pathways/{_pathwayId}");
        Assert.Contains(detail.Citations, c => c.EditPath == $"/staff/glossary/{_termId}");
        Assert.Contains(detail.Diff, d => d.Kind == Core.Content.Editing.DiffKind.Removed && d.Text.Contains("Three", StringComparison.Ordinal));
        Assert.Contains(detail.Diff, d => d.Kind == Core.Content.Editing.DiffKind.Added && d.Text.Contains("Two", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Run_OnlyThePagesDateChanged_OpensNoTask()
    {
        _site.Html("/law", "<main>Three years of training. Last updated December 1, 2026.</main>");
        await RunAsync();
        _site.Html("/law", "<main>Three years of training.   Last updated December 7, 2026.</main>");

        var run = await RunAsync();

        Assert.Equal(0, run.TasksOpened);
        Assert.Empty(await OpenTasksAsync());
    }

    [Fact]
    public async Task Run_FailingTwiceInARow_OpensOneTaskOnTheSecondFailure()
    {
        _site.Html("/law", "<main>Three years.</main>");
        await RunAsync();
        _site.Status("/law", 410);

        var first = await RunAsync();
        var second = await RunAsync();
        var third = await RunAsync();

        Assert.Equal(0, first.TasksOpened);
        Assert.Equal(1, second.TasksOpened);
        Assert.Equal(0, third.TasksOpened);
        var task = Assert.Single(await OpenTasksAsync());
        Assert.Equal(SourceEventKind.Failing, task.Kind);
        Assert.Equal(3, task.CitingItems);
    }

    [Fact]
    public async Task Run_PermanentRedirect_OpensAMoveTask()
    {
        _site.Redirect("/law", 308, "/laws/current");
        _site.Html("/laws/current", "<main>Three years.</main>");

        var run = await RunAsync();

        Assert.Equal(1, run.TasksOpened);
        var task = Assert.Single(await OpenTasksAsync());
        Assert.Equal(SourceEventKind.MovedPermanently, task.Kind);
        Assert.Contains(_site.Url("/laws/current"), task.Detail);
    }

    [Fact]
    public async Task Resolve_Task_MovesTheCheckedDateOfEveryCitationItCovered()
    {
        _site.Html("/law", "<main>Three years.</main>");
        await RunAsync();
        _site.Html("/law", "<main>Two years.</main>");
        await RunAsync();
        var open = Assert.Single(await OpenTasksAsync());
        var task = (await Service(s => s.GetTaskAsync(open.Id)))!;

        var outcome = await Service(s => s.ResolveAsync(task.Id, new SourceTaskResolution(SourceResolution.NoChangeNeeded, "The law's change does not touch the pathway.", task.Version)));

        Assert.Equal(OutcomeKind.Done, outcome.Kind);
        Assert.Empty(await OpenTasksAsync());
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var section = await Query(db => db.PageSections.AsNoTracking().SingleAsync(s => s.Id == _sectionId));
        var pathway = await Query(db => db.StatePathways.AsNoTracking().SingleAsync(p => p.Id == _pathwayId));
        var term = await Query(db => db.GlossaryTerms.AsNoTracking().SingleAsync(t => t.Id == _termId));
        Assert.Equal(today, Assert.Single(PathwaySources.Read(section.Sources)).VerifiedOn);
        var lines = PathwaySources.Read(pathway.Sources);
        Assert.Equal(today, lines.Single(l => l.Url.AbsolutePath == "/law").VerifiedOn);
        Assert.Equal(new DateOnly(2026, 9, 15), lines.Single(l => l.Url.AbsolutePath == "/glossary-source").VerifiedOn);
        Assert.Equal(today, term.VerifiedOn);
    }

    [Fact]
    public async Task Resolve_WithoutAChoiceOrANote_RefusesBothFieldsAtOnce()
    {
        var outcome = await Service(s => s.ResolveAsync(1, new SourceTaskResolution((SourceResolution)99, "  ", Guid.NewGuid())));

        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.Equal(
            [(nameof(SourceTaskResolution.Resolution), SourceReviewMessages.ResolutionRequired), (nameof(SourceTaskResolution.Note), SourceReviewMessages.NoteRequired)],
            outcome.Errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public async Task Resolve_WithAnOldVersion_IsAConflict()
    {
        _site.Html("/law", "<main>Three years.</main>");
        await RunAsync();
        _site.Status("/law", 404);
        await RunAsync();
        await RunAsync();
        var task = Assert.Single(await OpenTasksAsync());

        var outcome = await Service(s => s.ResolveAsync(task.Id, new SourceTaskResolution(SourceResolution.ContentUpdated, "Fixed.", Guid.NewGuid())));

        Assert.Equal(OutcomeKind.Conflict, outcome.Kind);
        Assert.Single(await OpenTasksAsync());
    }

    [Fact]
    public async Task Run_FeeAndProgramCitingASource_AreCitingItemsWithTheirStaffEditors()
    {
        var (feeId, programId) = await CiteLawFromAFeeAndAProgramAsync();

        await RunAsync();

        var law = await Query(db => db.Set<TrackedSource>().Include(s => s.Citations).SingleAsync(s => s.Url == _site.Url("/law")));
        Assert.Contains(law.Citations, c => c.ItemKind == "fee" && c.ItemKey == feeId.ToString(System.Globalization.CultureInfo.InvariantCulture) && c.EditPath == $"/staff/fees/{feeId}");
        Assert.Contains(law.Citations, c => c.ItemKind == "program" && c.EditPath == $"/staff/programs/{programId}");
        Assert.Single(law.Citations, c => c.ItemKind == "program");
    }

    [Fact]
    public async Task Resolve_TaskCitedByAFeeAndAProgram_MovesTheirCheckedDatesAndAFreshEditorSavesWithoutAConflict()
    {
        var (feeId, programId) = await CiteLawFromAFeeAndAProgramAsync();
        _site.Html("/law", "<main>Three years.</main>");
        await RunAsync();
        _site.Html("/law", "<main>Two years.</main>");
        await RunAsync();
        var open = Assert.Single(await OpenTasksAsync());
        var task = (await Service(s => s.GetTaskAsync(open.Id)))!;
        var programs = await Records(catalog => catalog.Find("programs")!);
        var openedBefore = (await Edit(e => e.GetAsync(programs, programId)))!;

        var outcome = await Service(s => s.ResolveAsync(task.Id, new SourceTaskResolution(SourceResolution.NoChangeNeeded, "Still true.", task.Version)));

        Assert.Equal(OutcomeKind.Done, outcome.Kind);
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        var fee = await Query(db => db.Fees.AsNoTracking().SingleAsync(f => f.Id == feeId));
        var program = await Query(db => db.Programs.AsNoTracking().SingleAsync(p => p.Id == programId));
        Assert.Equal(today, fee.CheckedOn);
        Assert.Equal(today, Assert.Single(PathwaySources.Read(fee.Sources)).VerifiedOn);
        Assert.Equal(today, program.J1CheckedOn);
        Assert.Equal(today, Assert.Single(PathwaySources.Read(program.J1Source)).VerifiedOn);
        Assert.Equal(today, Assert.Single(PathwaySources.Read(program.ExistenceSource)).VerifiedOn);

        // The resolve changed the record, so it has a new version: an editor opened afterwards saves cleanly, and one
        // opened before gets a conflict instead of silently putting the old checked dates back.
        Assert.NotEqual(openedBefore.Version, program.Version);
        var openedAfter = (await Edit(e => e.GetAsync(programs, programId)))!;
        var fresh = await Edit(e => e.SaveAsync(programs, new RecordInput(programId, openedAfter.Version, Values(openedAfter, "Positions", "12"))));
        var stale = await Edit(e => e.SaveAsync(programs, new RecordInput(programId, openedBefore.Version, Values(openedBefore, "Positions", "13"))));
        Assert.True(fresh.Succeeded, string.Join("; ", fresh.Errors.Select(e => e.Message)));
        Assert.Equal(OutcomeKind.Conflict, stale.Kind);
        var saved = await Query(db => db.Programs.AsNoTracking().SingleAsync(p => p.Id == programId));
        Assert.Equal((12, today), (saved.Positions, saved.J1CheckedOn));
    }

    private static Dictionary<string, string?> Values(RecordView view, string name, string value)
    {
        var values = view.Values.ToDictionary(v => v.Key, v => (string?)v.Value);
        values[name] = value;
        return values;
    }

    /// <summary>The first fee's sources and the first program's existence and J-1 sources cite the local law page.</summary>
    private Task<(int FeeId, int ProgramId)> CiteLawFromAFeeAndAProgramAsync() =>
        _database.WithAsync(async services =>
        {
            var db = services.GetRequiredService<IAppDbContext>();
            var fee = await db.Fees.OrderBy(f => f.Id).FirstAsync();
            fee.Sources = $"{_site.Url("/law")} | Fee schedule | 2026-06-01";
            fee.CheckedOn = new DateOnly(2026, 6, 1);
            var program = await db.Programs.OrderBy(p => p.Id).FirstAsync();
            program.ExistenceSource = $"{_site.Url("/law")} | Program site | 2026-06-01";
            program.J1Source = $"{_site.Url("/law#visas")} | Program site: visas | 2026-06-01";
            program.J1CheckedOn = new DateOnly(2026, 6, 1);
            program.J1 = ImgPortal.Core.Programs.J1Policy.Accepts;

            // The setup emptied every policy source: the other policies go back to unknown so the editor accepts the record.
            (program.H1b, program.YearsSinceGraduation, program.ExamAttempts, program.ClinicalExperience, program.ScoreMinimums) =
                (ImgPortal.Core.Programs.H1bPolicy.Unknown, ImgPortal.Core.Programs.LimitPolicy.Unknown, ImgPortal.Core.Programs.LimitPolicy.Unknown,
                    ImgPortal.Core.Programs.ClinicalExperiencePolicy.Unknown, string.Empty);
            await db.SaveChangesAsync();
            return (fee.Id, program.Id);
        });

    private Task<T> Edit<T>(Func<IRecordEditingService, Task<T>> action) =>
        _database.WithAsync(services => action(services.GetRequiredService<IRecordEditingService>()));

    private Task<RecordType> Records(Func<RecordCatalog, RecordType> find) =>
        _database.WithAsync(services => Task.FromResult(find(services.GetRequiredService<RecordCatalog>())));

    private Task<SourceWatchRun> RunAsync() =>
        _database.WithAsync(services => services.GetRequiredService<SourceWatchRunner>().RunAsync(CancellationToken.None));

    private Task<IReadOnlyList<SourceTaskRow>> OpenTasksAsync() => Service(s => s.ListOpenTasksAsync());

    private Task<T> Service<T>(Func<ISourceWatchService, Task<T>> action) =>
        _database.WithAsync(services => action(services.GetRequiredService<ISourceWatchService>()));

    private Task<T> Query<T>(Func<IAppDbContext, Task<T>> query) =>
        _database.WithAsync(services => query(services.GetRequiredService<IAppDbContext>()));
    /// <summary>
    /// Plays another process that saves the first new source's address just before this context saves its own, once.
    /// </summary>
    private sealed class InsertSameSourceFirst(TestDatabase database) : SaveChangesInterceptor
    {
        public int Inserted { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<TrackedSource>()
                .Where(e => e.State == EntityState.Added)
                .Select(e => e.Entity)
                .FirstOrDefault();
            if (Inserted == 0 && added is not null)
            {
                await database.WithAsync(async services =>
                {
                    var other = services.GetRequiredService<IAppDbContext>();
                    other.Set<TrackedSource>().Add(new TrackedSource { Url = added.Url, Host = added.Host, FirstSeenAtUtc = added.FirstSeenAtUtc });
                    return await other.SaveChangesAsync(cancellationToken);
                });
                Inserted++;
            }

            return result;
        }
    }
}
