using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.Infrastructure.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImgPortal.IntegrationTests.Data;

public sealed class MigrationsTests
{
    [Fact]
    public async Task Sqlite_FreshDatabase_MigratesToEveryTable()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);

        await database.InitializeAsync();

        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.True(File.Exists(database.FilePath));
        var tables = await db.Database
            .SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync();
        Assert.Contains("GuidancePages", tables);
        Assert.Contains("PageSections", tables);
        Assert.Contains("WaiverProgramYears", tables);
        Assert.Contains("StatePathways", tables);
        Assert.Contains("Organizations", tables);
        Assert.Contains("ContactPoints", tables);
        Assert.Contains("AspNetUsers", tables);
        Assert.Contains("ImgProfiles", tables);
        Assert.Contains("ProfileTags", tables);
        Assert.Contains("RoadmapSteps", tables);
        Assert.Contains("MemberStepStates", tables);
        Assert.Contains("SeasonDates", tables);
        Assert.Contains("ReminderLogs", tables);
    }

    [Fact]
    public async Task Sqlite_FreshDatabase_AppliesTheOneBaselineMigration()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var applied = (await db.Database.GetAppliedMigrationsAsync()).ToList();

        // Before the first release each provider has one migration, the baseline (ADR 0068, ADR 0092).
        Assert.EndsWith("_Initial", Assert.Single(applied), StringComparison.Ordinal);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Sqlite_FreshDatabase_CreatesAndSeedsWithoutWarnings()
    {
        var log = new WarningLog();
        await using var database = await TestDatabase.CreateAsync(
            initialize: false, configure: services => services.AddSingleton<ILoggerProvider>(log));

        await database.InitializeAsync();

        Assert.Empty(log.Warnings);
    }

    [Fact]
    public void Sqlite_Model_HasNoPendingChanges()
    {
        using var db = new SqliteAppDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: the model changed.");
    }

    [Fact]
    public void SqlServer_Model_HasNoPendingChanges()
    {
        using var db = new SqlServerAppDbContextFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQL Server migration: the model changed.");
    }

    [Fact]
    public void SqlServer_MigrationScript_GeneratesWithoutAServer()
    {
        using var db = new SqlServerAppDbContextFactory().CreateDbContext([]);
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();

        var script = migrator.GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("CREATE TABLE [GuidancePages]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [AspNetUsers]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_GuidancePages_Slug]", script, StringComparison.Ordinal);
        Assert.Contains("[Version] uniqueidentifier NOT NULL", script, StringComparison.Ordinal);
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrations()
    {
        using var sqlite = new SqliteAppDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerAppDbContextFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) =>
            db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.NotEmpty(Names(sqlite));
        Assert.Equal(Names(sqlite), Names(sqlServer));
    }
}
