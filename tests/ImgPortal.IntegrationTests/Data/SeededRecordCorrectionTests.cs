using System.Diagnostics;
using System.Globalization;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Programs;
using ImgPortal.Core.Records;
using ImgPortal.Core.Records.Programs;
using ImgPortal.Core.Records.RoadmapSteps;
using ImgPortal.Core.Records.SeasonDates;
using ImgPortal.Core.Records.StatePathways;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Caching;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Xunit.Abstractions;

namespace ImgPortal.IntegrationTests.Data;

/// <summary>
/// A corrected seed reaching an existing database for state pathways, programs, roadmap steps and season dates
/// (ADR 0103), each run on real SQLite seeded with the full seed: untouched records take the correction with an audit
/// entry by the seed (and a change log entry for a followed type), records staff edited are kept, new seeded records
/// are added but one staff deleted is not, a second run changes nothing, and a database from before the hash column
/// is told apart by its audit trail.
/// </summary>
public sealed class SeededRecordCorrectionTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Start = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    private const string Correction = "Corrected in the seed on December 14, 2026.";

    private const string StaffText = "Staff's own text.";

    private readonly FakeTimeProvider _clock = new(Start);
    private bool _asStaff;

    public static TheoryData<string> Types => new() { "StatePathway", "ResidencyProgram", "RoadmapStep", "SeasonDate" };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task SeedAsync_CorrectedRecordsStaffNeverEdited_TakeTheSeedWithAnAuditEntryAndTheirChangeLogEntry(string type)
    {
        var test = Case(type);
        await using var database = await CreateAsync();
        var version = await database.WithAsync(sp => Task.FromResult(sp.GetRequiredService<PublicContentVersion>().Current));

        var result = await test.SeedAsync(database, test.Corrected);

        Assert.Equal([test.FirstKey, test.SecondKey], result.Updated);
        Assert.Empty(result.Added);
        Assert.Empty(result.Kept);
        Assert.EndsWith(Correction, await test.TextAsync(database, test.FirstKey), StringComparison.Ordinal);
        Assert.EndsWith(Correction, await test.TextAsync(database, test.SecondKey), StringComparison.Ordinal);
        var entries = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == test.EntityType).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((RecordSeeder.SeedActor, (string?)null, AuditAction.Modified), (e.ActorName, e.ActorUserId, e.Action)));
        Assert.All(entries, e => Assert.Contains(Correction, e.AfterJson, StringComparison.Ordinal));
        var log = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ChangeLogEntries.AsNoTracking().Select(e => e.Topic).ToListAsync());
        string[] topics = test.Topic is null ? [] : [test.Topic, test.Topic];
        Assert.Equal(topics, log);
        Assert.True(await database.WithAsync(sp => Task.FromResult(sp.GetRequiredService<PublicContentVersion>().Current)) > version);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task SeedAsync_RecordStaffEdited_KeepsStaffsText(string type)
    {
        var test = Case(type);
        await using var database = await CreateAsync();
        await AsStaffAsync(database, test.EditAsync(test.SecondKey, StaffText));

        var result = await test.SeedAsync(database, test.Corrected);

        Assert.Equal([test.FirstKey], result.Updated);
        Assert.Equal([test.SecondKey], result.Kept);
        Assert.Equal(StaffText, await test.TextAsync(database, test.SecondKey));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task SeedAsync_NewSeededRecord_IsAddedButOneStaffDeletedDoesNotComeBack(string type)
    {
        var test = Case(type);
        await using var database = await CreateAsync();
        await AsStaffAsync(database, test.DeleteAsync(test.SecondKey));

        var result = await test.SeedAsync(database, test.WithNewRecord);

        Assert.Equal([test.NewKey], result.Added);
        Assert.Empty(result.Updated);
        Assert.Empty(result.Kept);
        var keys = await test.KeysAsync(database);
        Assert.Contains(test.NewKey, keys);
        Assert.DoesNotContain(test.SecondKey, keys);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task SeedAsync_RunTwice_ChangesNothingTheSecondTime(string type)
    {
        var test = Case(type);
        await using var database = await CreateAsync();
        await test.SeedAsync(database, test.Corrected);
        var before = await test.StateAsync(database);

        _clock.Advance(TimeSpan.FromDays(1));
        var again = await test.SeedAsync(database, test.Corrected);

        Assert.Empty(again.Added);
        Assert.Empty(again.Updated);
        Assert.Empty(again.Kept);
        Assert.Equal(before, await test.StateAsync(database));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public async Task SeedAsync_DatabaseSeededBeforeTheHashColumn_UpdatesOnlyRecordsWithNoAuditEntry(string type)
    {
        var test = Case(type);
        await using var database = await CreateAsync();
        var original = await test.TextAsync(database, test.SecondKey);
        await AsStaffAsync(database, test.EditAsync(test.SecondKey, original + " "));
        await AsStaffAsync(database, test.EditAsync(test.SecondKey, original));
        await test.ForgetHashesAsync(database);

        var result = await test.SeedAsync(database, test.Corrected);

        Assert.Equal([test.FirstKey], result.Updated);
        Assert.Equal([test.SecondKey], result.Kept);
        Assert.Equal(original, await test.TextAsync(database, test.SecondKey));
    }

    [Fact]
    public async Task InitializeAsync_SecondStartWithTheFullSeed_ChangesNothing()
    {
        await using var database = await CreateAsync();
        var before = await StateOfAllAsync(database);

        var watch = Stopwatch.StartNew();
        await database.InitializeAsync();
        watch.Stop();

        Assert.Equal(before, await StateOfAllAsync(database));
        Assert.Equal(0, await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            return await db.StatePathways.CountAsync(r => r.SeededHash == null) + await db.Programs.CountAsync(r => r.SeededHash == null)
                + await db.RoadmapSteps.CountAsync(r => r.SeededHash == null) + await db.SeasonDates.CountAsync(r => r.SeededHash == null);
        }));
        output.WriteLine($"A second start with the full seed took {watch.ElapsedMilliseconds} ms (migrations checked, every seeder run).");
    }

    private static Task<string> StateOfAllAsync(TestDatabase database) =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var parts = new List<string>
            {
                string.Join(",", await db.StatePathways.OrderBy(r => r.Id).Select(r => r.SeededHash + "/" + r.Version).ToListAsync()),
                string.Join(",", await db.Programs.OrderBy(r => r.Id).Select(r => r.SeededHash + "/" + r.Version).ToListAsync()),
                string.Join(",", await db.RoadmapSteps.OrderBy(r => r.Id).Select(r => r.SeededHash + "/" + r.Version).ToListAsync()),
                string.Join(",", await db.SeasonDates.OrderBy(r => r.Id).Select(r => r.SeededHash + "/" + r.Version).ToListAsync()),
                (await db.AuditEntries.CountAsync()).ToString(CultureInfo.InvariantCulture),
                (await db.ChangeLogEntries.CountAsync()).ToString(CultureInfo.InvariantCulture),
            };
            return string.Join("\n", parts);
        });

    private static ISeedCase Case(string type) => type switch
    {
        "StatePathway" => new PathwayCase(),
        "ResidencyProgram" => new ProgramCase(),
        "RoadmapStep" => new StepCase(),
        "SeasonDate" => new DateCase(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateAsync(configure: services =>
        {
            var user = new Mock<ICurrentUser>();
            user.SetupGet(u => u.UserId).Returns(() => _asStaff ? "staff-1" : null);
            user.SetupGet(u => u.Name).Returns(() => _asStaff ? "editor@test.example" : null);
            user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns(() => _asStaff);
            user.SetupGet(u => u.IsStaff).Returns(() => _asStaff);
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => user.Object);
        });

    /// <summary>Runs <paramref name="change"/> as staff, so the audit interceptor records it as the record editor's saves are.</summary>
    private async Task AsStaffAsync(TestDatabase database, Func<IServiceProvider, Task> change)
    {
        _asStaff = true;
        try
        {
            await database.WithAsync(async sp =>
            {
                await change(sp);
                return 0;
            });
        }
        finally
        {
            _asStaff = false;
        }
    }

    private interface ISeedCase
    {
        string EntityType { get; }

        string FirstKey { get; }

        string SecondKey { get; }

        string NewKey { get; }

        string? Topic { get; }

        Action<object> Corrected { get; }

        Action<object> WithNewRecord { get; }

        Task<RecordSeeder.Result> SeedAsync(TestDatabase database, Action<object> change);

        Task<string> TextAsync(TestDatabase database, string key);

        Task<IReadOnlyList<string>> KeysAsync(TestDatabase database);

        Func<IServiceProvider, Task> EditAsync(string key, string text);

        Func<IServiceProvider, Task> DeleteAsync(string key);

        Task ForgetHashesAsync(TestDatabase database);

        Task<string> StateAsync(TestDatabase database);
    }

    /// <summary>One seeded type: its seed, identity (as <see cref="DatabaseInitializer"/> passes it), and a text field to correct.</summary>
    private abstract class SeedCase<TEntity> : ISeedCase
        where TEntity : class, ISeededRecord
    {
        public string EntityType => typeof(TEntity).Name;

        public abstract string FirstKey { get; }

        public abstract string SecondKey { get; }

        public string NewKey => Identify(NewRecord());

        public abstract string? Topic { get; }

        /// <summary>The seed with the first and second records' text corrected.</summary>
        public Action<object> Corrected => seed =>
        {
            var records = (List<TEntity>)seed;
            foreach (var key in new[] { FirstKey, SecondKey })
            {
                var record = records.Single(r => Identify(r) == key);
                SetText(record, Text(record) + " " + Correction);
            }
        };

        /// <summary>The seed with one more record.</summary>
        public Action<object> WithNewRecord => seed => ((List<TEntity>)seed).Add(NewRecord());

        protected abstract Func<TEntity, string> KeyOf { get; }

        protected virtual Func<TEntity, string>? TieBreakOf => null;

        public Task<RecordSeeder.Result> SeedAsync(TestDatabase database, Action<object> change) =>
            database.WithAsync(sp =>
            {
                var seed = Seed().ToList();
                change(seed);
                return sp.GetRequiredService<RecordSeeder>().SeedAsync(Type(sp), seed, KeyOf, null, TieBreakOf);
            });

        public Task<string> TextAsync(TestDatabase database, string key) =>
            database.WithAsync(async sp => Text(Find(await sp.GetRequiredService<AppDbContext>().Set<TEntity>().AsNoTracking().ToListAsync(), key)));

        public Task<IReadOnlyList<string>> KeysAsync(TestDatabase database) =>
            database.WithAsync(async sp => (IReadOnlyList<string>)[.. (await sp.GetRequiredService<AppDbContext>().Set<TEntity>().AsNoTracking().ToListAsync()).Select(Identify)]);

        public Func<IServiceProvider, Task> EditAsync(string key, string text) => async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var record = Find(await db.Set<TEntity>().ToListAsync(), key);
            SetText(record, text);
            record.Version = Guid.NewGuid();
            await db.SaveChangesAsync();
        };

        public Func<IServiceProvider, Task> DeleteAsync(string key) => async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Remove(Find(await db.Set<TEntity>().ToListAsync(), key));
            await db.SaveChangesAsync();
        };

        public Task ForgetHashesAsync(TestDatabase database) =>
            database.WithAsync(sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var table = db.Model.FindEntityType(typeof(TEntity))!.GetTableName();
                var sql = "UPDATE \"" + table + "\" SET \"SeededHash\" = NULL";
                return db.Database.ExecuteSqlRawAsync(sql);
            });

        public Task<string> StateAsync(TestDatabase database) =>
            database.WithAsync(async sp =>
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var records = await db.Set<TEntity>().AsNoTracking().ToListAsync();
                return string.Join(",", records.OrderBy(r => r.Id).Select(r => r.SeededHash + "/" + r.Version))
                    + $"; audit {await db.AuditEntries.CountAsync()}; log {await db.ChangeLogEntries.CountAsync()}";
            });

        protected abstract IEnumerable<TEntity> Seed();

        protected abstract RecordType<TEntity> Type(IServiceProvider services);

        protected abstract string Text(TEntity record);

        protected abstract void SetText(TEntity record, string text);

        protected abstract TEntity NewRecord();

        private HashSet<string>? _shared;

        /// <summary>The keys more than one seeded record shares, read once.</summary>
        private HashSet<string> Shared => _shared ??= [.. Seed().GroupBy(KeyOf).Where(g => g.Skip(1).Any()).Select(g => g.Key)];

        private string Identify(TEntity record) =>
            TieBreakOf is { } tieBreak && Shared.Contains(KeyOf(record)) ? KeyOf(record) + " " + tieBreak(record) : KeyOf(record);

        private TEntity Find(IEnumerable<TEntity> records, string key) => records.Single(r => Identify(r) == key);
    }

    /// <summary>New York's limited permit shares its state and kind with another New York pathway: the name tells them apart.</summary>
    private sealed class PathwayCase : SeedCase<StatePathway>
    {
        public override string FirstKey => "NY LimitedOrRestrictedLicense Limited permit for foreign physicians";

        public override string SecondKey => "TX FullLicenseWithoutUsResidency";

        public override string? Topic => Core.Alerts.ChangeTopics.StatePathways.Key;

        protected override Func<StatePathway, string> KeyOf => StatePathwaySeed.KeyOf;

        protected override Func<StatePathway, string>? TieBreakOf => StatePathwaySeed.TieBreakOf;

        protected override IEnumerable<StatePathway> Seed() => StatePathwaySeed.Pathways();

        protected override RecordType<StatePathway> Type(IServiceProvider services) => new StatePathwayRecordType();

        protected override string Text(StatePathway record) => record.Summary;

        protected override void SetText(StatePathway record, string text) => record.Summary = text;

        protected override StatePathway NewRecord()
        {
            var pathway = StatePathwaySeed.Pathways().Single(p => p.State == "TX");
            pathway.State = "UT";
            pathway.Name = "A pathway added to the seed later";
            return pathway;
        }
    }

    private sealed class ProgramCase : SeedCase<ResidencyProgram>
    {
        public override string FirstKey => "nymc-metropolitan-im";

        public override string SecondKey => "harlem-hospital-im";

        public override string? Topic => Core.Alerts.ChangeTopics.Programs.Key;

        protected override Func<ResidencyProgram, string> KeyOf => ProgramSeed.KeyOf;

        protected override IEnumerable<ResidencyProgram> Seed() => ProgramSeed.Programs();

        protected override RecordType<ResidencyProgram> Type(IServiceProvider services) => new ResidencyProgramRecordType();

        protected override string Text(ResidencyProgram record) => record.Name;

        protected override void SetText(ResidencyProgram record, string text) => record.Name = text;

        protected override ResidencyProgram NewRecord()
        {
            var program = ProgramSeed.Programs().Single(p => p.Key == FirstKey);
            program.Key = "a-program-added-later";
            program.Name = "A program added to the seed later";
            return program;
        }
    }

    /// <summary>Roadmap steps are not followed: a correction has no change log entry.</summary>
    private sealed class StepCase : SeedCase<RoadmapStep>
    {
        public override string FirstKey => RoadmapRules.Keys.Step1;

        public override string SecondKey => RoadmapRules.Keys.Eras;

        public override string? Topic => null;

        protected override Func<RoadmapStep, string> KeyOf => RoadmapSeed.StepKeyOf;

        protected override IEnumerable<RoadmapStep> Seed() => RoadmapSeed.Steps();

        protected override RecordType<RoadmapStep> Type(IServiceProvider services) => new RoadmapStepRecordType(services.GetRequiredService<IMemberStages>());

        protected override string Text(RoadmapStep record) => record.Description;

        protected override void SetText(RoadmapStep record, string text) => record.Description = text;

        protected override RoadmapStep NewRecord() =>
            new() { Key = "a-step-added-later", Title = "A step added to the seed later", Stage = RoadmapStage.Residency, SortOrder = 140, GuidanceSlug = "residency" };
    }

    private sealed class DateCase : SeedCase<SeasonDate>
    {
        public override string FirstKey => "2027 MatchDay";

        public override string SecondKey => "2028 NrmpRegistrationOpens";

        public override string? Topic => Core.Alerts.ChangeTopics.MatchDates.Key;

        protected override Func<SeasonDate, string> KeyOf => RoadmapSeed.DateKeyOf;

        protected override Func<SeasonDate, string>? TieBreakOf => RoadmapSeed.DateTieBreakOf;

        protected override IEnumerable<SeasonDate> Seed() => RoadmapSeed.SeasonDates();

        protected override RecordType<SeasonDate> Type(IServiceProvider services) => new SeasonDateRecordType();

        protected override string Text(SeasonDate record) => record.UsuallyWhen;

        protected override void SetText(SeasonDate record, string text) => record.UsuallyWhen = text;

        protected override SeasonDate NewRecord()
        {
            var date = RoadmapSeed.SeasonDates().Single(d => d.Cycle == 2028 && d.Milestone == DateMilestone.MatchDay);
            date.Cycle = 2029;
            return date;
        }
    }
}
