using ImgPortal.Web.Background;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ImgPortal.Web.Health;

/// <summary>
/// Liveness: unhealthy only when the process can no longer recover by itself, that is when a background
/// job has stopped beating (<see cref="BackgroundHeartbeats"/>). A database outage is not one: the portal
/// recovers when the database returns, and restarting would not bring it back sooner.
/// </summary>
public sealed class BackgroundJobsLivenessCheck(BackgroundHeartbeats heartbeats) : IHealthCheck
{
    public const string Name = "background-jobs";

    public const string LiveTag = "live";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stalled = heartbeats.Stalled();
        var data = stalled.ToDictionary(s => s.Key, s => (object)$"no beat for {Math.Round(s.Value.TotalMinutes)} min");
        return Task.FromResult(stalled.Count == 0
            ? HealthCheckResult.Healthy("Every background job is running.")
            : HealthCheckResult.Unhealthy($"{stalled.Count} background job(s) stopped; restart the process.", data: data));
    }
}
