using ImgPortal.Core.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Data;

/// <summary>Recognizes a unique-index violation on either provider: SQLite's extended codes, SQL Server's error numbers.</summary>
public sealed class DatabaseErrors : IDatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqlitePrimaryKey = 1555;
    private const int SqlServerDuplicateKeyRow = 2601;
    private const int SqlServerUniqueConstraint = 2627;

    public bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqlitePrimaryKey,
        SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKeyRow or SqlServerUniqueConstraint,
        _ => false,
    };
}
