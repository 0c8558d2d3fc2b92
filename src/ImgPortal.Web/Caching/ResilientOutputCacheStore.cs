using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace ImgPortal.Web.Caching;

/// <summary>
/// The Redis output cache store, made to miss rather than fail: while Redis cannot be reached a lookup finds
/// nothing (the page renders from the database), a store is skipped and an eviction is kept to be replayed, never
/// a 500 and never a failed start. After a failure Redis is left alone for <see cref="Pause"/>, so a hung server
/// (one that accepts connections but never answers) costs one request a timeout per pause, not every request its
/// own. An eviction that could not reach Redis is replayed before the next lookup or store that does, so this
/// instance never serves a page from before a change once Redis is back (ADR 0064), and is also retried in the
/// background every <see cref="Pause"/> until Redis takes it, so the other instances (which share the cached pages but
/// not this instance's content version) stop serving the old page within a pause of Redis returning even when this
/// instance gets no request (ADR 0113). The outage is logged once, and its end once.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger, TimeProvider clock)
    : IOutputCacheStore, IDisposable
{
    /// <summary>How long Redis is left alone after it failed to answer.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, bool> _missedEvictions = new(StringComparer.Ordinal);
    private readonly Lock _replayTimerLock = new();
    private ITimer? _replayTimer;
    private int _replaying;
    private long _pausedUntilTicks;
    private int _unavailable;

    /// <summary>True when the last use of Redis succeeded and no pause is running: lookups and stores reach Redis.</summary>
    public bool ReachingRedis => !Paused() && Volatile.Read(ref _unavailable) == 0;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        _missedEvictions[tag] = true;
        if (Paused())
        {
            logger.LogError("Redis cannot be reached: the eviction of cached public pages tagged {Tag} is kept until it returns", tag);
            ScheduleReplay();
            return;
        }

        try
        {
            await ReplayMissedEvictionsAsync(cancellationToken);
            Reachable();
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            Unreachable(ex);
            logger.LogError(ex, "Redis cannot be reached: the eviction of cached public pages tagged {Tag} is kept until it returns", tag);
            ScheduleReplay();
        }
    }

    public void Dispose()
    {
        lock (_replayTimerLock)
        {
            _replayTimer?.Dispose();
            _replayTimer = null;
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (Paused())
        {
            return null;
        }

        try
        {
            await ReplayMissedEvictionsAsync(cancellationToken);
            var value = await inner.GetAsync(key, cancellationToken);
            Reachable();
            return value;
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            Unreachable(ex);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (Paused())
        {
            return;
        }

        try
        {
            await ReplayMissedEvictionsAsync(cancellationToken);
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            Unreachable(ex);
        }
    }

    /// <summary>Redis unreachable or too slow (a key scan reports it wrapped in an <see cref="AggregateException"/>).</summary>
    internal static bool IsOutage(Exception ex) =>
        ex is RedisException or TimeoutException || (ex is AggregateException all && all.InnerExceptions.All(IsOutage));

    private async Task ReplayMissedEvictionsAsync(CancellationToken cancellationToken)
    {
        foreach (var tag in _missedEvictions.Keys)
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            _missedEvictions.TryRemove(tag, out _);
        }
    }

    /// <summary>Retries the kept evictions every <see cref="Pause"/> until Redis takes them (one timer, whatever the number of tags).</summary>
    private void ScheduleReplay()
    {
        lock (_replayTimerLock)
        {
            _replayTimer ??= clock.CreateTimer(_ => StartReplay(), null, Pause, Pause);
        }
    }

    private void StartReplay() => _ = ReplayInBackgroundAsync();

    /// <summary>
    /// One background retry. It does not wait for the pause to end: it runs off the request path, so a hung Redis costs
    /// it, not a visitor, the timeout. Never throws (a timer's callback).
    /// </summary>
    private async Task ReplayInBackgroundAsync()
    {
        if (Interlocked.Exchange(ref _replaying, 1) == 1)
        {
            return;
        }

        try
        {
            await ReplayMissedEvictionsAsync(CancellationToken.None);
            Reachable();
            StopReplayWhenNothingIsKept();
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            Unreachable(ex);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The kept eviction of cached public pages could not be replayed; it is tried again in {Pause}", Pause);
        }
        finally
        {
            Interlocked.Exchange(ref _replaying, 0);
        }
    }

    private void StopReplayWhenNothingIsKept()
    {
        lock (_replayTimerLock)
        {
            // An eviction kept after the replay read the keys schedules under this lock, so it is never left without a timer.
            if (_missedEvictions.IsEmpty)
            {
                _replayTimer?.Dispose();
                _replayTimer = null;
            }
        }
    }

    private bool Paused() => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks);

    private void Unreachable(Exception ex)
    {
        Interlocked.Exchange(ref _pausedUntilTicks, (clock.GetUtcNow() + Pause).UtcTicks);
        if (Interlocked.Exchange(ref _unavailable, 1) == 0)
        {
            logger.LogError(ex, "Redis cannot be reached: public pages are rendered without the output cache until it returns");
        }
    }

    private void Reachable()
    {
        if (Interlocked.Exchange(ref _unavailable, 0) == 1)
        {
            logger.LogWarning("Redis is reachable again: the output cache is back");
        }
    }
}
