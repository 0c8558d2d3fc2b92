using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>
/// Watches every connection and command the context makes and tells <see cref="DatabaseAvailability"/>.
/// For SQLite it also refuses to open a connection when the database file is missing, so a pooled
/// connection never keeps serving (or writing to) a file that was moved away.
/// </summary>
public sealed class DatabaseFaultInterceptor(DatabaseAvailability availability) : DbConnectionInterceptor, IDbCommandInterceptor
{
    private static readonly ConcurrentDictionary<string, string?> SqliteFiles = new();

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        GuardSqliteFile(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        GuardSqliteFile(connection);
        return ValueTask.FromResult(result);
    }

    public override void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Failed(eventData.Exception);

    public override Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Failed(eventData.Exception);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Succeeded(command, eventData);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Succeeded(command, eventData);
        return ValueTask.FromResult(result);
    }

    // A command on a SQLite connection opened before its file was moved away still succeeds (the open file
    // lives on): it proves nothing while the file is missing.
    private void Succeeded(DbCommand command, CommandExecutedEventData eventData)
    {
        if (command.Connection is { } connection && SqliteFileOf(connection) is { } file && !File.Exists(file))
        {
            return;
        }

        availability.ReportSuccess(eventData.StartTime);
    }

    private static string? SqliteFileOf(DbConnection connection) =>
        connection is not SqliteConnection
            ? null
            : SqliteFiles.GetOrAdd(connection.ConnectionString, static cs =>
            {
                var builder = new SqliteConnectionStringBuilder(cs);
                return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" ? null : builder.DataSource;
            });

    private void Failed(Exception exception)
    {
        if (DatabaseFailure.IsUnavailable(exception))
        {
            availability.ReportFailure(exception);
        }
    }

    private void GuardSqliteFile(DbConnection connection)
    {
        var file = SqliteFileOf(connection);
        if (file is not null && !File.Exists(file))
        {
            var exception = new DatabaseUnavailableException("The SQLite database file is missing.");
            availability.ReportFailure(exception);
            throw exception;
        }
    }
}
