using ImgPortal.Infrastructure.SourceWatch;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ImgPortal.Web.Health;

/// <summary>
/// The source watch's last run in <c>/health</c> details: when it started, how long it took, how many sources it
/// checked, how many fail, how many tasks it opened. Degraded only when the run itself failed (a failing source is not).
/// </summary>
public sealed class SourceWatchHealthCheck(SourceWatchStatus status) : IHealthCheck
{
    public const string Name = "source-watch";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (status.Last is not { } run)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No source watch run yet on this instance."));
        }

        var data = new Dictionary<string, object>
        {
            ["lastRunUtc"] = run.StartedAtUtc.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["durationSeconds"] = Math.Round(run.Duration.TotalSeconds, 1),
            ["checked"] = run.Checked,
            ["failing"] = run.Failing,
            ["tasksOpened"] = run.TasksOpened,
        };
        if (run.Error is { } error)
        {
            data["error"] = error;
            return Task.FromResult(HealthCheckResult.Degraded("The last source watch run failed; it runs again at the next interval.", data: data));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"Last run checked {run.Checked} source(s); {run.Failing} failing.", data: data));
    }
}
