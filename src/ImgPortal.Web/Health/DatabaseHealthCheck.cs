using System.Globalization;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Resilience;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog.Events;

namespace ImgPortal.Web.Health;

/// <summary>
/// Healthy when the database answers, can be written and its schema is current; unhealthy when it cannot be
/// reached or written. For SQLite it also checks the path still names the file the portal started with
/// (ADR 0072) and makes a write in a transaction it rolls back (nothing reaches the disk), which a read-only
/// file or file system refuses, as does a file that cannot grow (the probe takes a new page). The probe may fit in
/// space SQLite already holds, so the check also reads the disk's free space: under
/// <c>Database:MinFreeDiskMegabytes</c> it is Degraded, under 1 MB Unhealthy, before any write is refused. While the
/// portal's last write was refused for a full disk (<see cref="DatabaseAvailability.WritesRefused"/>) and none has
/// succeeded since, the check is unhealthy too.
/// An outage is logged once, by <see cref="DatabaseAvailability"/>.
/// </summary>
public sealed class DatabaseHealthCheck(
    AppDbContext db,
    IOptions<DatabaseOptions> options,
    DatabaseAvailability availability,
    DatabaseFaultInterceptor faults,
    IFreeDiskSpace disk) : IHealthCheck
{
    public const string Name = "database";

    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>How long the whole check may take before it counts as failed.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>How long the SQLite write probe waits for a writer that holds the lock (then: Degraded, busy).</summary>
    public const int WriteLockWaitSeconds = 3;

    private const string CannotBeReached = "The database cannot be reached.";

    public const string RefusesWrites = "The database refuses writes (a full disk, or a file that cannot be written).";

    public const string DiskFull = "The disk that holds the database is full: writes will be refused.";

    /// <summary>Below this, the disk counts as full.</summary>
    public const long FullBelowBytes = 1024 * 1024;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = options.Value.Provider.ToString() };
        try
        {
            if (db.Database.IsSqlite()
                && new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource is { Length: > 0 } file
                && faults.FaultOf(file) is { } fault)
            {
                availability.ReportFailure(new DatabaseUnavailableException(fault));
                return HealthCheckResult.Unhealthy(fault, data: data);
            }

            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                availability.ReportFailure(new DatabaseUnavailableException(CannotBeReached));
                return HealthCheckResult.Unhealthy(CannotBeReached, data: data);
            }

            if (db.Database.IsSqlite())
            {
                await ProbeSqliteWriteAsync(cancellationToken);
            }

            if (availability.WritesRefused)
            {
                return HealthCheckResult.Unhealthy(RefusesWrites, data: data);
            }

            HealthCheckResult? lowDisk = null;
            if (db.Database.IsSqlite())
            {
                data["writable"] = true;
                lowDisk = CheckFreeSpace(data);
                if (lowDisk is { Status: HealthStatus.Unhealthy })
                {
                    return lowDisk.Value;
                }
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            data["pendingMigrations"] = pending;
            return pending != 0
                ? HealthCheckResult.Degraded($"The database is reachable but {pending} migration(s) are pending.", data: data)
                : lowDisk ?? HealthCheckResult.Healthy("The database is reachable and up to date.", data);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            return HealthCheckResult.Degraded($"The database is busy: another writer held its lock for {WriteLockWaitSeconds} s.", data: data);
        }
        catch (Exception ex) when (DatabaseFailure.IsWriteRefusal(ex))
        {
            availability.ReportFailure(ex);
            return HealthCheckResult.Unhealthy(RefusesWrites, data: data);
        }
        catch (Exception ex) when (DatabaseFailure.IsUnavailable(ex))
        {
            // Logged once per outage there; the exception's message can carry a server name: keep it out of the answer.
            availability.ReportFailure(ex);
            return HealthCheckResult.Unhealthy(CannotBeReached, data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not an outage but a fault: the health check service logs it with the exception.
            return HealthCheckResult.Unhealthy(CannotBeReached, exception: ex, data: data);
        }
    }

    /// <summary>
    /// The health check service's own line for a database check that failed without an exception, that is an
    /// outage <see cref="DatabaseAvailability"/> already logged once: every <c>/health</c> call would repeat it.
    /// </summary>
    public static bool IsOutageReport(LogEvent logEvent) =>
        logEvent.Exception is null
        && logEvent.Properties.TryGetValue("HealthCheckName", out var name) && name is ScalarValue { Value: Name }
        && logEvent.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService" };

    private HealthCheckResult? CheckFreeSpace(Dictionary<string, object> data)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || disk.AvailableBytes(Path.GetDirectoryName(Path.GetFullPath(file))!) is not { } free)
        {
            return null;
        }

        var megabytes = free / (1024 * 1024);
        data["freeDiskMegabytes"] = megabytes;
        if (free < FullBelowBytes)
        {
            return HealthCheckResult.Unhealthy(DiskFull, data: data);
        }

        var minimum = options.Value.MinFreeDiskMegabytes;
        return megabytes < minimum
            ? HealthCheckResult.Degraded(
                $"The disk that holds the database has {megabytes.ToString(CultureInfo.InvariantCulture)} MB free, "
                + $"less than Database:MinFreeDiskMegabytes ({minimum.ToString(CultureInfo.InvariantCulture)} MB).", data: data)
            : null;
    }

    // Takes SQLite's write lock (BEGIN IMMEDIATE), rewrites the header's user_version with its own value and
    // creates a table (a new page), then rolls back: a read-only file, folder or mount fails here (SQLite quietly
    // turns BEGIN IMMEDIATE alone into a read on a read-only file), so does a file at its page limit
    // (SQLITE_FULL), and nothing is written.
    private async Task ProbeSqliteWriteAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var timeout = connection.DefaultTimeout;
        try
        {
            connection.DefaultTimeout = WriteLockWaitSeconds;
            await using var probe = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = probe;
            command.CommandText = "PRAGMA user_version;";
            var version = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            command.CommandText = $"PRAGMA user_version = {version.ToString(CultureInfo.InvariantCulture)};";
            await command.ExecuteNonQueryAsync(cancellationToken);
            command.CommandText = "CREATE TABLE \"__health_probe\" (\"Id\" INTEGER);";
            await command.ExecuteNonQueryAsync(cancellationToken);
            await probe.RollbackAsync(cancellationToken);
        }
        finally
        {
            connection.DefaultTimeout = timeout;
            await db.Database.CloseConnectionAsync();
        }
    }
}
