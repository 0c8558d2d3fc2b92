using ImgPortal.TestSupport;
using Microsoft.Data.Sqlite;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>Another writer on the portal's SQLite file, as a second process would be.</summary>
public static class DatabaseLock
{
    /// <summary>Another connection's write transaction (<c>BEGIN IMMEDIATE</c>) on the portal's file, rolled back when disposed.</summary>
    public static async Task<SqliteConnection> WriteLockAsync(PortalFactory factory)
    {
        var connection = new SqliteConnection($"Data Source={factory.DatabaseFile};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }
}
