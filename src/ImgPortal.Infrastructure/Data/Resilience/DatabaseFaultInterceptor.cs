using System.Collections.Concurrent;
using System.Data.Common;
using ImgPortal.Infrastructure.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>
/// Watches every connection and command the context makes and tells <see cref="DatabaseAvailability"/>.
/// For SQLite it also refuses to open a connection when the database file is missing, or is no longer the file
/// the portal started with (<see cref="SqliteFileIdentity"/>: another file renamed over it), so a pooled
/// connection never keeps serving (or writing to) a file that was moved away or replaced. A committed
/// transaction, or a write outside one, tells it a write reached the database (which alone ends an outage of
/// refused writes, such as a full disk); a failed commit is a failure like a failed command.
/// </summary>
public sealed class DatabaseFaultInterceptor(DatabaseAvailability availability, SqliteFileIdentity fileIdentity)
    : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
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

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Succeeded(command, eventData);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Succeeded(command, eventData);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(transaction, eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Failed(eventData.Exception);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(eventData.Exception);
        return Task.CompletedTask;
    }

    private void Committed(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (transaction.Connection is { } connection && SqliteFileOf(connection) is { } file && FaultOf(file) is not null)
        {
            return;
        }

        availability.ReportSuccess(eventData.StartTime, wrote: true);
    }

    // A write outside a transaction commits by itself.
    private static bool WroteOnItsOwn(DbCommand command)
    {
        if (command.Transaction is not null)
        {
            return false;
        }

        var text = command.CommandText.AsSpan().TrimStart();
        return text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
    }

    // A command on a SQLite connection opened before its file was moved away or replaced still succeeds (the
    // open file lives on): it proves nothing while the file is missing or another.
    private void Succeeded(DbCommand command, CommandExecutedEventData eventData)
    {
        if (command.Connection is { } connection && SqliteFileOf(connection) is { } file && FaultOf(file) is not null)
        {
            return;
        }

        availability.ReportSuccess(eventData.StartTime, WroteOnItsOwn(command));
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
        if (SqliteFileOf(connection) is { } file && FaultOf(file) is { } fault)
        {
            var exception = new DatabaseUnavailableException(fault);
            availability.ReportFailure(exception);
            throw exception;
        }
    }

    /// <summary>Why the SQLite file cannot be used, or null when it can.</summary>
    public string? FaultOf(string file)
    {
        if (!File.Exists(file))
        {
            return SqliteFileIdentity.MissingMessage;
        }

        return fileIdentity.Path == file && !fileIdentity.IsSameFile() ? SqliteFileIdentity.ReplacedMessage : null;
    }
}
