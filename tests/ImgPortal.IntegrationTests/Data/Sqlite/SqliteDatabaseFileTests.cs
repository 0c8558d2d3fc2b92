using ImgPortal.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Data.Sqlite;

/// <summary>When the portal may create its SQLite file at start, and what it says when it may not (ADR 0065).</summary>
public sealed class SqliteDatabaseFileTests
{
    [Fact]
    public async Task InitializeAsync_FileMissingInAFolderThatHoldsFiles_RefusesNamingThePathAndTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        await File.WriteAllTextAsync(Path.Combine(database.Folder, "left-behind.eml"), "a file of an earlier run");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.InitializeAsync());

        Assert.Contains(database.FilePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ImgPortal", error.Message, StringComparison.Ordinal);
        Assert.Contains("Database:CreateIfMissing=true", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(database.FilePath), "A new, empty database was created in place of the missing one.");
    }

    [Fact]
    public async Task InitializeAsync_FileMissingWithALeftOverWal_RefusesEvenWithCreateIfMissingAndLeavesTheWalUntouched()
    {
        await using var database = await TestDatabase.CreateAsync(
            initialize: false, settings: new Dictionary<string, string?> { ["Database:CreateIfMissing"] = "true" });
        var wal = database.FilePath + "-wal";
        byte[] committed = [0x37, 0x7f, 0x06, 0x82, 1, 2, 3, 4];
        await File.WriteAllBytesAsync(wal, committed);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.InitializeAsync());

        Assert.Contains(database.FilePath, error.Message, StringComparison.Ordinal);
        Assert.Contains(wal, error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ImgPortal", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(database.FilePath), "A new database was created next to the left-over -wal.");
        Assert.Equal(committed, await File.ReadAllBytesAsync(wal));
    }

    [Fact]
    public async Task InitializeAsync_FileMissingWithALeftOverShm_Refuses()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        await File.WriteAllBytesAsync(database.FilePath + "-shm", new byte[32]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.InitializeAsync());

        Assert.Contains(database.FilePath + "-shm", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(database.FilePath));
    }

    [Fact]
    public async Task InitializeAsync_FileMissingInAFolderThatHoldsFiles_CreatesWhenCreateIfMissingIsSet()
    {
        await using var database = await TestDatabase.CreateAsync(
            initialize: false, settings: new Dictionary<string, string?> { ["Database:CreateIfMissing"] = "true" });
        await File.WriteAllTextAsync(Path.Combine(database.Folder, "left-behind.eml"), "a file of an earlier run");

        await database.InitializeAsync();

        Assert.True(File.Exists(database.FilePath));
        Assert.True(await database.WithAsync(s => s.GetRequiredService<AppDbContext>().GuidancePages.AnyAsync()));
    }

    [Fact]
    public async Task InitializeAsync_FirstStartIntoAFolderThatDoesNotExistYet_CreatesMigratesAndSeeds()
    {
        await using var probe = await TestDatabase.CreateAsync(initialize: false);
        var file = Path.Combine(probe.Folder, "new", "data", "portal.db");
        await using var database = await TestDatabase.CreateAsync(
            initialize: false, settings: new Dictionary<string, string?> { ["ConnectionStrings:ImgPortal"] = $"Data Source={file};Pooling=False" });

        await database.InitializeAsync();

        Assert.True(File.Exists(file));
        Assert.True(await database.WithAsync(s => s.GetRequiredService<AppDbContext>().GuidancePages.AnyAsync()));
        Assert.Empty(await database.WithAsync(s => s.GetRequiredService<AppDbContext>().Database.GetPendingMigrationsAsync()));
    }

    [Fact]
    public async Task InitializeAsync_DataSourceIsAFolder_RefusesNamingThePathAndTheSetting()
    {
        await using var probe = await TestDatabase.CreateAsync(initialize: false);
        var folder = Path.Combine(probe.Folder, "not-a-file.db");
        Directory.CreateDirectory(folder);
        await using var database = await TestDatabase.CreateAsync(
            initialize: false, settings: new Dictionary<string, string?> { ["ConnectionStrings:ImgPortal"] = $"Data Source={folder};Pooling=False" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.InitializeAsync());

        Assert.Contains($"{folder} (set by ConnectionStrings:ImgPortal) is a folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_SqliteCannotOpenTheFile_FailsWithError14NamingThePathAndTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync(initialize: false);
        await using (var connection = new SqliteConnection($"Data Source={database.FilePath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = 'wal'; CREATE TABLE Probe (Id INTEGER PRIMARY KEY);";
            await command.ExecuteNonQueryAsync();
        }

        // Where SQLite must open the database's -wal there is a folder: "unable to open database file".
        Directory.CreateDirectory(database.FilePath + "-wal");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.InitializeAsync());

        Assert.Contains("Error 14", error.Message, StringComparison.Ordinal);
        Assert.Contains(database.FilePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ImgPortal", error.Message, StringComparison.Ordinal);
    }
}
