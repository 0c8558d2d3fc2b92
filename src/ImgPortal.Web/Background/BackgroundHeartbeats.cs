using System.Collections.Concurrent;

namespace ImgPortal.Web.Background;

/// <summary>
/// Each periodic job beats here on every tick. A job whose last beat is older than
/// <see cref="StallAfterIntervals"/> intervals plus <see cref="Grace"/> is stuck (a hung call, a dead loop):
/// the process cannot recover by itself, and the liveness check says so. A failing run still beats, so a
/// database or mail outage never makes the process look dead.
/// </summary>
public sealed class BackgroundHeartbeats(TimeProvider clock)
{
    public const int StallAfterIntervals = 3;

    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (TimeSpan Interval, DateTimeOffset LastBeat)> _jobs = new();

    public void Beat(string job, TimeSpan interval) => _jobs[job] = (interval, clock.GetUtcNow());

    public void Stopped(string job) => _jobs.TryRemove(job, out _);

    /// <summary>The jobs that have not beaten for too long, with the time since their last beat.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Stalled()
    {
        var now = clock.GetUtcNow();
        return _jobs
            .Where(j => now - j.Value.LastBeat > (j.Value.Interval * StallAfterIntervals) + Grace)
            .ToDictionary(j => j.Key, j => now - j.Value.LastBeat);
    }
}
