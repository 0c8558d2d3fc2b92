using ImgPortal.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ImgPortal.FunctionalTests;

public sealed class StartupTests
{
    [Fact]
    public void Start_SmtpDeliveryWithoutAHost_FailsWithAClearMessageBeforeTouchingTheDatabase()
    {
        using var factory = new PortalFactory()
            .With("Email:Delivery", "Smtp")
            .With("Email:Smtp:Host", string.Empty);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Email:Smtp:Host is required", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(factory.DatabaseFolder, "portal.db")));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("601")]
    public void Start_BusyTimeoutOutOfRange_FailsNamingTheSetting(string seconds)
    {
        using var factory = new PortalFactory().With("Database:BusyTimeoutSeconds", seconds);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Database:BusyTimeoutSeconds must be a number of seconds from 0 to 600", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_SqlServerWithoutAConnectionString_FailsWithAClearMessage()
    {
        using var factory = new PortalFactory()
            .With("Database:Provider", "SqlServer")
            .With("ConnectionStrings:ImgPortal", string.Empty);

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings:ImgPortal is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PickupFolderThatCannotBeWritten_FailsNamingEmailPickupDirectory()
    {
        using var factory = new PortalFactory();
        Directory.CreateDirectory(factory.Root);
        var file = Path.Combine(factory.Root, "not-a-folder.txt");
        File.WriteAllText(file, "a file where the pickup folder should be");
        factory.With("Email:PickupDirectory", Path.Combine(file, "mail"));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Email:PickupDirectory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_DatabaseFileMissingFromAFolderThatHoldsFiles_FailsNamingThePathAndTheSettingAndCreatesNothing()
    {
        using var factory = new PortalFactory();
        File.WriteAllText(Path.Combine(factory.DatabaseFolder, "notes.txt"), "the volume of an earlier run");

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains(factory.DatabaseFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ImgPortal", error.Message, StringComparison.Ordinal);
        Assert.Contains("Database:CreateIfMissing", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(factory.DatabaseFile));
    }

    [Fact]
    public async Task Start_DatabaseFileMissingBesideTheWalOfACrashedPortal_FailsAndKeepsEveryCommittedWrite()
    {
        using var crashed = new PortalFactory().With("Database:CreateIfMissing", "true");
        var wal = crashed.DatabaseFile + "-wal";
        await using (var writer = new SqliteConnection($"Data Source={crashed.DatabaseFile};Pooling=False"))
        {
            await writer.OpenAsync();
            await Execute(writer, "PRAGMA journal_mode = 'wal'; PRAGMA wal_autocheckpoint = 0; CREATE TABLE Acknowledged (Id INTEGER PRIMARY KEY);");
            for (var i = 0; i < 40; i++)
            {
                await Execute(writer, $"INSERT INTO Acknowledged (Id) VALUES ({i});");
            }

            // The crash: the committed writes are only in the -wal, and the main file goes missing (a moved volume).
            File.Copy(wal, wal + ".crash");
        }

        File.Delete(crashed.DatabaseFile);
        File.Move(wal + ".crash", wal, overwrite: true);
        var before = await File.ReadAllBytesAsync(wal);

        var error = Assert.Throws<InvalidOperationException>(() => crashed.CreateClient());

        Assert.Contains(wal, error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ImgPortal", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(crashed.DatabaseFile), "A new database was created next to the left-over -wal.");
        Assert.Equal(before, await File.ReadAllBytesAsync(wal));
    }

    [Fact]
    public async Task Start_DatabaseThatSqliteCannotOpen_FailsWithError14NamingThePathAndTheSetting()
    {
        using var factory = new PortalFactory();
        await using (var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Pooling=False"))
        {
            await connection.OpenAsync();
            await Execute(connection, "PRAGMA journal_mode = 'wal'; CREATE TABLE Probe (Id INTEGER PRIMARY KEY);");
        }

        // Where SQLite must open the database's -wal there is a folder: "unable to open database file".
        Directory.CreateDirectory(factory.DatabaseFile + "-wal");

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Error 14", error.Message, StringComparison.Ordinal);
        Assert.Contains(factory.DatabaseFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:ImgPortal", error.Message, StringComparison.Ordinal);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
