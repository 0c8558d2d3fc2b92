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
