using ImgPortal.Core.Alerts;
using ImgPortal.Core.Auditing;
using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Costs;
using ImgPortal.Core.Records.Fees;
using ImgPortal.Core.Records.Glossary;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.IntegrationTests.Data.Seed;

/// <summary>
/// A corrected fee or glossary seed reaching an existing database (ADR 0098): seeded v1 on start, then v2, on real
/// SQLite. Records staff never edited take v2 with an audit entry by the seed; records staff edited are kept.
/// </summary>
public sealed class RecordSeederTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 14, 9, 0, 0, TimeSpan.Zero);

    private const string Correction = "Corrected in the seed on December 14, 2026.";

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly Mock<ICurrentUser> _user = new();
    private bool _asStaff;

    public RecordSeederTests()
    {
        _user.SetupGet(u => u.UserId).Returns(() => _asStaff ? "staff-1" : null);
        _user.SetupGet(u => u.Name).Returns(() => _asStaff ? "editor@test.example" : null);
        _user.Setup(u => u.IsInRole(It.IsAny<string>())).Returns(() => _asStaff);
        _user.SetupGet(u => u.IsStaff).Returns(() => _asStaff);
    }

    /// <summary>Fees v2: v1 with Step 1's and the DS-3035 fee's notes corrected.</summary>
    private static IReadOnlyList<Fee> FeesV2()
    {
        var fees = FeeSeed.Fees();
        fees.Single(f => f.Item == FeeItem.UsmleStep1).Notes += " " + Correction;
        fees.Single(f => f.Item == FeeItem.WaiverDs3035).Notes += " " + Correction;
        return fees;
    }

    [Fact]
    public async Task SeedAsync_CorrectedFeeStaffNeverEdited_TakesTheSeedsValuesWithAnAuditEntryAndAChangeLogEntry()
    {
        await using var database = await CreateAsync();
        var before = await FeeAsync(database, FeeItem.UsmleStep1);

        var result = await SeedFeesAsync(database, FeesV2());

        Assert.Equal(["UsmleStep1 2027 from 1", "WaiverDs3035 2026 from 1"], result.Updated);
        Assert.Empty(result.Added);
        Assert.Empty(result.Kept);
        var after = await FeeAsync(database, FeeItem.UsmleStep1);
        Assert.EndsWith(Correction, after.Notes, StringComparison.Ordinal);
        Assert.Equal(RecordSeeder.HashOf(FeesV2().Single(f => f.Item == FeeItem.UsmleStep1)), after.SeededHash);
        Assert.NotEqual(before.Version, after.Version);

        var entries = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(Fee)).ToListAsync());
        var entry = Assert.Single(entries, a => a.EntityKey == after.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((RecordSeeder.SeedActor, (string?)null, AuditAction.Modified, Start.UtcDateTime), (entry.ActorName, entry.ActorUserId, entry.Action, entry.AtUtc));
        Assert.Contains(Correction, entry.AfterJson, StringComparison.Ordinal);
        Assert.DoesNotContain(Correction, entry.BeforeJson, StringComparison.Ordinal);
        Assert.Equal(2, entries.Count);
        var log = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().ChangeLogEntries.AsNoTracking().ToListAsync());
        Assert.Equal(2, log.Count);
        Assert.All(log, e => Assert.Equal((ChangeTopics.Fees.Key, "/costs"), (e.Topic, e.Link)));
    }

    [Fact]
    public async Task SeedAsync_FeeStaffEdited_KeepsStaffsValues()
    {
        await using var database = await CreateAsync();
        await EditAsync(database, FeeItem.UsmleStep1, f => f.Notes = "Staff's own note.");

        var result = await SeedFeesAsync(database, FeesV2());

        Assert.Equal(["WaiverDs3035 2026 from 1"], result.Updated);
        Assert.Equal(["UsmleStep1 2027 from 1"], result.Kept);
        Assert.Equal("Staff's own note.", (await FeeAsync(database, FeeItem.UsmleStep1)).Notes);
    }

    [Fact]
    public async Task SeedAsync_RunTwice_ChangesNothingTheSecondTime()
    {
        await using var database = await CreateAsync();
        await SeedFeesAsync(database, FeesV2());
        var before = await CountsAsync(database);

        _clock.Advance(TimeSpan.FromDays(1));
        var again = await SeedFeesAsync(database, FeesV2());

        Assert.Empty(again.Added);
        Assert.Empty(again.Updated);
        Assert.Empty(again.Kept);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task SeedAsync_SameSeedAsTheDatabase_ChangesNothing()
    {
        await using var database = await CreateAsync();
        var before = await CountsAsync(database);

        var result = await SeedFeesAsync(database, FeeSeed.Fees());

        Assert.Empty(result.Added);
        Assert.Empty(result.Updated);
        Assert.Empty(result.Kept);
        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task SeedAsync_NewItemOrCycleInTheSeed_IsAddedWithEveryBandButADeletedBandDoesNotComeBack()
    {
        await using var database = await CreateAsync();
        await database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();

            // A database seeded before the New York license fee existed; staff removed ERAS's second band.
            await db.Fees.Where(f => f.Item == FeeItem.NewYorkLicense).ExecuteDeleteAsync();
            return await db.Fees.Where(f => f.Item == FeeItem.ErasApplications && f.TierFrom == 31).ExecuteDeleteAsync();
        });

        // The next seed also gives ERAS's 2027 season, in its two bands.
        var seed = FeeSeed.Fees().ToList();
        seed.AddRange(FeeSeed.Fees().Where(f => f.Item == FeeItem.ErasApplications).Select(f =>
        {
            f.AppliesTo = 2027;
            return f;
        }));

        var result = await SeedFeesAsync(database, seed);

        Assert.Equal(["NewYorkLicense 2026 from 1", "ErasApplications 2027 from 1", "ErasApplications 2027 from 31"], result.Added);
        Assert.Equal(735m, (await FeeAsync(database, FeeItem.NewYorkLicense)).AmountHigh);
        var eras = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Fees.AsNoTracking()
            .Where(f => f.Item == FeeItem.ErasApplications).ToListAsync());
        Assert.Equal(["ErasApplications 2026 from 1", "ErasApplications 2027 from 1", "ErasApplications 2027 from 31"], eras.Select(FeeSeed.KeyOf).Order());
    }

    [Fact]
    public async Task SeedAsync_DatabaseSeededBeforeTheHashColumn_UpdatesOnlyFeesWithNoAuditEntry()
    {
        await using var database = await CreateAsync();
        await EditAsync(database, FeeItem.UsmleStep1, f => f.ChargedBy = "ECFMG ");
        await EditAsync(database, FeeItem.UsmleStep1, f => f.ChargedBy = "ECFMG");
        await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Fees.ExecuteUpdateAsync(s => s.SetProperty(f => f.SeededHash, (string?)null)));

        var result = await SeedFeesAsync(database, FeesV2());

        Assert.Equal(["WaiverDs3035 2026 from 1"], result.Updated);
        Assert.Equal(["UsmleStep1 2027 from 1"], result.Kept);
    }

    [Fact]
    public async Task SeedAsync_CorrectedGlossaryDefinition_ReachesAnUntouchedTermOnly()
    {
        await using var database = await CreateAsync();
        var terms = GlossarySeed.Terms();
        var (first, second) = (terms[0].Term, terms[1].Term);
        await database.WithAsync(async sp =>
        {
            _asStaff = true;
            var db = sp.GetRequiredService<AppDbContext>();
            (await db.GlossaryTerms.SingleAsync(t => t.Term == second)).Definition = "Staff's own definition.";
            var saved = await db.SaveChangesAsync();
            _asStaff = false;
            return saved;
        });
        terms[0].Definition += " " + Correction;
        terms[1].Definition += " " + Correction;

        var result = await database.WithAsync(sp => sp.GetRequiredService<RecordSeeder>()
            .SeedAsync(new GlossaryTermRecordType(), terms, t => t.Term, _ => "glossary"));

        Assert.Equal([first], result.Updated);
        Assert.Equal([second], result.Kept);
        var stored = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GlossaryTerms.AsNoTracking().ToListAsync());
        Assert.EndsWith(Correction, stored.Single(t => t.Term == first).Definition, StringComparison.Ordinal);
        Assert.Equal("Staff's own definition.", stored.Single(t => t.Term == second).Definition);
    }

    [Fact]
    public async Task SeedAsync_CorrectedGlossaryDefinition_SearchFindsTheNewWordAndNotTheOld()
    {
        await using var database = await CreateAsync();
        var term = GlossarySeed.Terms()[0].Term;
        await SeedGlossaryAsync(database, "quillwort");
        var before = await SearchGlossaryAsync(database, "quillwort");

        await SeedGlossaryAsync(database, "bramblefinch");

        Assert.Equal([term], before.Select(h => h.Title));
        Assert.Empty(await SearchGlossaryAsync(database, "quillwort"));
        Assert.Equal([term], (await SearchGlossaryAsync(database, "bramblefinch")).Select(h => h.Title));
    }

    /// <summary>The glossary seed with its first definition ending in <paramref name="word"/>, corrected into the database.</summary>
    private static Task<RecordSeeder.Result> SeedGlossaryAsync(TestDatabase database, string word) =>
        database.WithAsync(sp =>
        {
            var terms = GlossarySeed.Terms();
            terms[0].Definition += " Corrected: " + word + ".";
            return sp.GetRequiredService<RecordSeeder>().SeedAsync(new GlossaryTermRecordType(), terms, t => t.Term, _ => "glossary");
        });

    /// <summary>The glossary search as a visitor runs it, through the search index the whole process shares.</summary>
    private static Task<IReadOnlyList<SearchHit>> SearchGlossaryAsync(TestDatabase database, string query) =>
        database.WithAsync(sp => sp.GetRequiredService<IGuidanceService>().SearchGlossaryAsync(query));

    [Fact]
    public async Task SeedAsync_IntealthAsTheEarlierSeedWroteIt_TakesTheEntryCheckedAgainstThe2026InformationBooklet()
    {
        await using var database = await CreateAsync();
        await database.WithAsync(async sp =>
        {
            // The entry as the seed of December 7, 2026 (before this correction) wrote it, with that seed's hash.
            var db = sp.GetRequiredService<AppDbContext>();
            var intealth = await db.GlossaryTerms.SingleAsync(t => t.Term == "Intealth");
            intealth.Definition = "The organization that ECFMG and FAIMER have belonged to since 2021. ECFMG still runs its certification program under the Intealth name.";
            intealth.SourceUrl = "https://www.ecfmg.org/news/2024/05/31/call-for-nominations-to-intealth-board-of-trustees";
            intealth.SourceTitle = "ECFMG news: Intealth, which includes ECFMG and FAIMER (May 31, 2024)";
            intealth.VerifiedOn = new DateOnly(2026, 12, 7);
            intealth.SeededHash = RecordSeeder.HashOf(intealth);
            return await db.SaveChangesAsync();
        });

        var result = await database.WithAsync(sp => sp.GetRequiredService<RecordSeeder>()
            .SeedAsync(new GlossaryTermRecordType(), GlossarySeed.Terms(), t => t.Term, _ => "glossary"));

        Assert.Equal(["Intealth"], result.Updated);
        var stored = await database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().GlossaryTerms.AsNoTracking().SingleAsync(t => t.Term == "Intealth"));
        Assert.Equal("https://www.ecfmg.org/2026ib/myintealth-id.html", stored.SourceUrl);
        Assert.StartsWith("The organization that ECFMG and FAIMER belong to.", stored.Definition, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 7), stored.VerifiedOn);
    }

    private Task<TestDatabase> CreateAsync() =>
        TestDatabase.CreateAsync(configure: services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.AddScoped(_ => _user.Object);
        });

    /// <summary>A staff edit as the record editor saves it: a new version, audited by the interceptor.</summary>
    private Task<int> EditAsync(TestDatabase database, FeeItem item, Action<Fee> edit) =>
        database.WithAsync(async sp =>
        {
            _asStaff = true;
            try
            {
                var db = sp.GetRequiredService<AppDbContext>();
                var fee = await db.Fees.SingleAsync(f => f.Item == item);
                edit(fee);
                fee.Version = Guid.NewGuid();
                return await db.SaveChangesAsync();
            }
            finally
            {
                _asStaff = false;
            }
        });

    private static Task<RecordSeeder.Result> SeedFeesAsync(TestDatabase database, IReadOnlyList<Fee> seed) =>
        database.WithAsync(sp => sp.GetRequiredService<RecordSeeder>().SeedAsync(
            new FeeRecordType(),
            seed,
            FeeSeed.KeyOf,
            FeeSeed.GroupOf));

    private static Task<Fee> FeeAsync(TestDatabase database, FeeItem item) =>
        database.WithAsync(sp => sp.GetRequiredService<AppDbContext>().Fees.AsNoTracking().SingleAsync(f => f.Item == item));

    private static Task<(int Fees, int Audit, int Log, string Hashes)> CountsAsync(TestDatabase database) =>
        database.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var hashes = await db.Fees.OrderBy(f => f.Id).Select(f => f.SeededHash + "/" + f.Version).ToListAsync();
            return (await db.Fees.CountAsync(), await db.AuditEntries.CountAsync(), await db.ChangeLogEntries.CountAsync(), string.Join(",", hashes));
        });
}
