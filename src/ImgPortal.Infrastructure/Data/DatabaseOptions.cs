using System.ComponentModel.DataAnnotations;

namespace ImgPortal.Infrastructure.Data;

/// <summary>The <c>Database</c> section of configuration.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The connection string's key under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "ImgPortal";

    /// <summary>Used when no connection string is configured: a file beside the running app.</summary>
    public const int DefaultBusyTimeoutSeconds = 5;

    public const string DefaultSqliteConnectionString = "Data Source=App_Data/imgportal.db";

    [EnumDataType(typeof(DatabaseProvider))]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply pending migrations when the portal starts. SQLite is always migrated on start (it is the
    /// embedded default); for SQL Server this is off unless set, so a DBA can run the script instead.
    /// </summary>
    public bool ApplyMigrationsOnStartup { get; set; }

    /// <summary>
    /// SQLite only: create the database file when it is missing even though its folder already holds files
    /// (ADR 0065). Off by default, so a moved or unmounted volume stops the portal instead of being replaced
    /// by a new, empty database; a first start into an empty folder creates the file either way.
    /// </summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>
    /// SQLite only: how long a command waits for another writer's lock before giving up (SQLITE_BUSY). Short, so
    /// a form post blocked by a long write is answered soon with the form again and its values, not after
    /// SQLite's default 30 s. Overrides the connection string's <c>Default Timeout</c>.
    /// </summary>
    [Range(0, 600, ErrorMessage = "Database:BusyTimeoutSeconds must be a number of seconds from 0 to 600 (default 5).")]
    public int BusyTimeoutSeconds { get; set; } = DefaultBusyTimeoutSeconds;

    /// <summary>
    /// SQLite only: below this much free space on the disk that holds the database file, <c>/health</c> reports
    /// Degraded (and Unhealthy once under 1 MB), so a filling disk shows before the first write is refused.
    /// </summary>
    [Range(0, 1_000_000, ErrorMessage = "Database:MinFreeDiskMegabytes must be a number of megabytes from 0 to 1000000 (default 64).")]
    public int MinFreeDiskMegabytes { get; set; } = 64;

    /// <summary>Seed roles and the starter content when the database is empty.</summary>
    public bool SeedOnStartup { get; set; } = true;
}
