using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Infrastructure.Data.Sqlite;

/// <summary>
/// The portal's SQLite file at start (ADR 0065). The portal opens it with <c>Mode=ReadWrite</c>, which never
/// creates a file; this creates it only on a true first start (an empty folder, or
/// <c>Database:CreateIfMissing</c>), never next to a left-over <c>-wal</c> or <c>-shm</c>, and otherwise
/// refuses to start with a message that names the path and the settings to look at.
/// </summary>
public static class SqliteDatabaseFile
{
    private const string ConnectionStringKey = "ConnectionStrings:" + DatabaseOptions.ConnectionStringName;
    private const string CreateIfMissingKey = DatabaseOptions.SectionName + ":" + nameof(DatabaseOptions.CreateIfMissing);

    /// <summary>The files SQLite keeps beside a database in WAL mode: committed data may live only in the first.</summary>
    private static readonly string[] CompanionSuffixes = ["-wal", "-shm", "-journal"];

    /// <summary>
    /// Creates the file (in WAL mode, as EF would) when this is a first start; returns without touching anything
    /// when the file exists or the connection string names no file; throws <see cref="InvalidOperationException"/>
    /// when the file is missing and creating it could hide lost data.
    /// </summary>
    public static async Task EnsureExistsAsync(
        string connectionString, bool createIfMissing, ILogger logger, CancellationToken cancellationToken = default)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var path = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || path is "" or ":memory:" || File.Exists(path))
        {
            return;
        }

        if (Directory.Exists(path))
        {
            throw new InvalidOperationException(
                $"The SQLite database {path} (set by {ConnectionStringKey}) is a folder, not a database file. " +
                $"Correct {ConnectionStringKey} to name the file (Data Source=<folder>/imgportal.db).");
        }

        var companion = CompanionSuffixes.Select(suffix => path + suffix).FirstOrDefault(File.Exists);
        if (companion is not null)
        {
            throw new InvalidOperationException(
                $"The SQLite database {path} (set by {ConnectionStringKey}) is missing, but {companion} is there: it may hold " +
                $"committed data that a new database would lose. Put the database file back beside it (or restore a backup with " +
                $"scripts/restore.sh, which keeps the left-over file) and start again. The portal never creates a database next " +
                $"to a left-over -wal, -shm or -journal file, whatever {CreateIfMissingKey} says.");
        }

        var folder = Path.GetDirectoryName(path);
        var firstStart = string.IsNullOrEmpty(folder) || !Directory.Exists(folder)
            || !Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any();
        if (!firstStart && !createIfMissing)
        {
            throw new InvalidOperationException(
                $"The SQLite database {path} (set by {ConnectionStringKey}) does not exist, and its folder {folder} is not empty, " +
                $"so this is not a first start: a moved or unmounted data volume would otherwise be replaced by a new, empty " +
                $"database. Put the file back or correct {ConnectionStringKey}; to create a new, empty database there on purpose, " +
                $"set {CreateIfMissingKey}=true.");
        }

        builder.Mode = SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = false;
        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = 'wal';";
        await command.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("Created a new SQLite database file at {Path}", path);
    }

    /// <summary>
    /// SQLite's result codes that say the file cannot be used: read-only (8), I/O error (10), corrupt (11),
    /// disk full (13), cannot open (14), not a database (26).
    /// </summary>
    public static bool IsAboutTheFile(SqliteException error) => error.SqliteErrorCode is 8 or 10 or 11 or 13 or 14 or 26;

    /// <summary>A start-up failure of SQLite (such as error 14, "unable to open database file") that names the file and the setting.</summary>
    public static InvalidOperationException CannotOpen(string connectionString, Exception error)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return new InvalidOperationException(
            $"SQLite could not use the database file {path} (set by {ConnectionStringKey}) at start: {error.Message} " +
            $"Check that the path names a database file (not a folder), that the file is a SQLite database, and that the " +
            $"portal's user may read and write both the file and its folder.",
            error);
    }
}
