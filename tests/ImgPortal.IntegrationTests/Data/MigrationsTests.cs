using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.Infrastructure.Data.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

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
    public async Task Sqlite_UsSpellingMigration_KeepsTheOrganizationsTheirPagesAndTheirHistory()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        await File.WriteAllBytesAsync(database.FilePath, []); // an empty file is an empty SQLite database
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var migrator = db.GetInfrastructure().GetRequiredService<IMigrator>();
        await migrator.MigrateAsync("MentoringAccountsAndHistory");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO Organisations (Name, Abbreviation, Role, WebsiteUrl, Aliases, SortOrder, Version) VALUES ('Kept Society', 'KS', 'Keeps rows', 'https://example.org', '', 1, '00000000-0000-0000-0000-000000000001');");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO GuidancePages (Slug, Title, Summary, BodyMarkdown, BodyHtml, Feature, Source, LastReviewedOn, SortOrder, UpdatedAtUtc, Version) "
            + "VALUES ('who-does-what', 'Who does what', '', '', '', 'Organisations', '', '2026-01-01', 1, '2026-01-01 00:00:00', '00000000-0000-0000-0000-000000000002');");
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO AuditEntries (AtUtc, ActorUserId, ActorName, Action, EntityType, EntityKey, ActionId) VALUES ('2026-01-01 00:00:00', 'u', 'Ana', 'Modified', 'Organisation', '1', 'a1');");

        await migrator.MigrateAsync();

        Assert.Equal("Kept Society", await db.Organizations.Select(o => o.Name).SingleAsync(o => o == "Kept Society"));
        Assert.Equal(Core.Content.PageFeature.Organizations, await db.GuidancePages.Where(p => p.Slug == "who-does-what").Select(p => p.Feature).SingleAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "Organization"));
        Assert.Equal(0, await db.AuditEntries.CountAsync(a => a.EntityType == "Organisation"));
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
