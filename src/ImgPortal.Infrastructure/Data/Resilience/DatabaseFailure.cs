using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>
/// Tells "the database is unavailable" (a missing file, a disk or network error, a server that does not
/// answer) from a fault in the portal itself (a constraint violation, a bad query), which stays a 500.
/// </summary>
public static class DatabaseFailure
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqlServerLockTimeout = 1222;

    // SQLite result codes that mean the file or disk is the problem, not the statement.
    private static readonly HashSet<int> SqliteUnavailableCodes =
    [
        5,  // SQLITE_BUSY
        6,  // SQLITE_LOCKED
        8,  // SQLITE_READONLY
        10, // SQLITE_IOERR
        11, // SQLITE_CORRUPT
        13, // SQLITE_FULL
        14, // SQLITE_CANTOPEN
        26, // SQLITE_NOTADB
    ];

    // SQL Server errors that mean the server or database cannot be reached or used now.
    private static readonly HashSet<int> SqlServerUnavailableNumbers =
    [
        -2, 2, 53, 121, 233, 258, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 18456, 40197, 40501, 40613, 49918, 49919, 49920,
    ];

    /// <summary>
    /// Another writer held the lock for longer than the busy timeout (SQLite's SQLITE_BUSY or SQLITE_LOCKED,
    /// after <c>Database:BusyTimeoutSeconds</c>; SQL Server's lock time-out): nothing was written, and trying
    /// again shortly usually works. It is also <see cref="IsUnavailable"/>.
    /// </summary>
    public static bool IsBusy(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite:
                    return sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked;
                case SqlException sql:
                    return sql.Number == SqlServerLockTimeout;
            }
        }

        return false;
    }

    /// <summary>
    /// The database refused to write while it may still answer reads: SQLite's SQLITE_FULL (a full disk, or a file
    /// at its page limit) or SQLITE_READONLY. It is also <see cref="IsUnavailable"/>.
    /// </summary>
    public static bool IsWriteRefusal(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return sqlite.SqliteErrorCode is SqliteFull or SqliteReadOnly;
            }
        }

        return false;
    }

    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case DatabaseUnavailableException:
                case RetryLimitExceededException:
                    return true;
                case SqliteException sqlite:
                    return SqliteUnavailableCodes.Contains(sqlite.SqliteErrorCode);
                case SqlException sql:
                    return SqlServerUnavailableNumbers.Contains(sql.Number) || sql.IsTransient;
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
