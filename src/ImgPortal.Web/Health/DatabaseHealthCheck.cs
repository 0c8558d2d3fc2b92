using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Health;

/// <summary>Healthy when the database answers and its schema is current; unhealthy when it cannot be reached.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db, IOptions<DatabaseOptions> options) : IHealthCheck
{
    public const string Name = "database";

    /// <summary>The tag of the checks <c>/health/ready</c> runs.</summary>
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = options.Value.Provider.ToString() };
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database cannot be reached.", data: data);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            data["pendingMigrations"] = pending;
            return pending == 0
                ? HealthCheckResult.Healthy("The database is reachable and up to date.", data)
                : HealthCheckResult.Degraded($"The database is reachable but {pending} migration(s) are pending.", data: data);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's message can carry a server name: keep it out of the public answer.
            return HealthCheckResult.Unhealthy("The database cannot be reached.", data: data);
        }
    }
}
