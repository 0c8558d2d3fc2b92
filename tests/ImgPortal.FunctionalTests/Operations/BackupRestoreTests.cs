using System.Diagnostics;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Operations;

/// <summary>scripts/backup.sh on a running portal's database, scripts/restore.sh into a fresh portal.</summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task BackupOfARunningPortal_RestoredIntoAFreshPortal_FindsEveryMemberMentorPageAndRevision()
    {
        using var running = new PortalFactory();
        var mentorUser = await running.CreateUserAsync("mentor@test.example");
        await running.CreateUserAsync("member@test.example");
        await using (var scope = running.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Mentors.Add(new Mentor
            {
                UserId = mentorUser,
                DisplayName = "Dr Backup",
                Specialty = "Pediatrics",
                Hospital = "General",
                State = "NY",
                Status = MentorStatus.Approved,
                Languages = [new MentorLanguage { Language = "English" }],
            });
            var page = await db.GuidancePages.FirstAsync();
            db.PageRevisions.Add(new PageRevision { GuidancePageId = page.Id, Number = 1, Title = page.Title, Summary = page.Summary });
            await db.SaveChangesAsync();
        }

        var expected = await CountsAsync(running);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await running.CreateClient().GetAsync("/")).StatusCode);
        var backups = Path.Combine(running.Root, "backups");

        var backup = (await RunScriptAsync("backup.sh", running.DatabaseFile, backups)).Trim();
        using var restored = new PortalFactory();
        await RunScriptAsync("restore.sh", backup, restored.DatabaseFile);
        var actual = await CountsAsync(restored);
        var login = await PortalClient.LogInAsync(restored.CreateClient(), "member@test.example", PortalFactory.Password);

        Assert.Equal(expected, actual);
        Assert.True(actual.Revisions > 0 && actual.Mentors > 0);
        Assert.NotNull(login.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task Restore_OverADatabaseWhoseWritesAreStillOnlyInItsWal_KeepsEveryWriteInTheReplacedCopy()
    {
        var folder = Path.Combine(Path.GetTempPath(), "imgportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var live = Path.Combine(folder, "live.db");
            await CrashWithWritesInTheWalAsync(live, rows: 189);
            Assert.True(new FileInfo(live + "-wal").Length > 0);
            var backup = Path.Combine(folder, "backup.db");
            await ExecuteAsync(backup, "CREATE TABLE Restored (Id INTEGER PRIMARY KEY); INSERT INTO Restored VALUES (1);");

            await RunScriptAsync("restore.sh", backup, live);

            var replaced = Assert.Single(Directory.GetFiles(folder, "live.db.replaced-*"));
            Assert.Equal(189L, await ScalarAsync(replaced, "SELECT COUNT(*) FROM Acknowledged;"));
            Assert.Equal(1L, await ScalarAsync(live, "SELECT COUNT(*) FROM Restored;"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Restore_WhereOnlyALeftOverWalIs_KeepsTheWalAsideInsteadOfDeletingIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "imgportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var live = Path.Combine(folder, "live.db");
            await CrashWithWritesInTheWalAsync(live, rows: 40);
            File.Delete(live);
            var wal = await File.ReadAllBytesAsync(live + "-wal");
            var backup = Path.Combine(folder, "backup.db");
            await ExecuteAsync(backup, "CREATE TABLE Restored (Id INTEGER PRIMARY KEY); INSERT INTO Restored VALUES (1);");

            await RunScriptAsync("restore.sh", backup, live);

            var kept = Assert.Single(Directory.GetFiles(folder, "live.db-wal.orphaned-*"));
            Assert.Equal(wal, await File.ReadAllBytesAsync(kept));
            Assert.Equal(1L, await ScalarAsync(live, "SELECT COUNT(*) FROM Restored;"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Leaves <paramref name="file"/> as a crashed portal would: every write committed, none checkpointed, so they
    /// are only in the -wal (the files are copied while the writer still holds them open, as a power cut would).
    /// </summary>
    private static async Task CrashWithWritesInTheWalAsync(string file, int rows)
    {
        var crash = Path.Combine(Path.GetDirectoryName(file)!, "crash");
        Directory.CreateDirectory(crash);
        await using (var writer = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await writer.OpenAsync();
            await ExecuteAsync(writer, "PRAGMA journal_mode = 'wal'; PRAGMA wal_autocheckpoint = 0; CREATE TABLE Acknowledged (Id INTEGER PRIMARY KEY);");
            for (var i = 0; i < rows; i++)
            {
                await ExecuteAsync(writer, $"INSERT INTO Acknowledged (Id) VALUES ({i});");
            }

            File.Copy(file, Path.Combine(crash, "db"));
            File.Copy(file + "-wal", Path.Combine(crash, "wal"));
        }

        // Closing the last connection checkpointed and removed the -wal; put back the files of the moment before.
        File.Move(Path.Combine(crash, "db"), file, overwrite: true);
        File.Move(Path.Combine(crash, "wal"), file + "-wal", overwrite: true);
        Directory.Delete(crash);
    }

    private static async Task ExecuteAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await ExecuteAsync(connection, sql);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<(int Users, int Mentors, int Pages, int Revisions)> CountsAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Users.CountAsync(), await db.Mentors.CountAsync(), await db.GuidancePages.CountAsync(), await db.PageRevisions.CountAsync());
    }

    private static async Task<string> RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} failed: {error}");
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "backup.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("scripts/backup.sh not found above " + AppContext.BaseDirectory);
    }
}
