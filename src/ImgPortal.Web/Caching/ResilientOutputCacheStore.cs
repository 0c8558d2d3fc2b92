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
/// <para>
/// ADR 0118: each eviction is sent again <see cref="EvictAgainAfter"/> later (once per burst of changes), removing a page
/// another instance rendered from the rows it read before the change and stored after the first eviction. And when
/// Redis returns after an outage (the connection given to <see cref="Watch"/> is restored, or this store reaches Redis
/// again after failing to), <paramref name="evictedAfterOutage"/> is evicted once, so a change whose eviction was kept
/// by an instance that stopped during the outage does not leave the old pages in Redis until they expire.
/// </para>
/// </summary>
/// <param name="evictedAfterOutage">The tag evicted once each time Redis returns after an outage; null evicts nothing.</param>
public sealed class ResilientOutputCacheStore(
    IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger, TimeProvider clock, string? evictedAfterOutage = null)
    : IOutputCacheStore, IDisposable
{
    /// <summary>How long Redis is left alone after it failed to answer.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long after the last eviction of a burst it is sent again: longer than a page takes from reading the database
    /// to storing its answer, so a render that read the rows before the change has stored by then (ADR 0118).
    /// </summary>
    public static readonly TimeSpan EvictAgainAfter = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, bool> _missedEvictions = new(StringComparer.Ordinal);
    private readonly Lock _replayTimerLock = new();
    private readonly Lock _evictAgainLock = new();
    private readonly HashSet<string> _evictAgainTags = new(StringComparer.Ordinal);
    private ITimer? _replayTimer;
    private ITimer? _evictAgainTimer;
    private long _lastEvictionTicks;
    private IConnectionMultiplexer? _watched;
    private int _disposed;
    private int _evictedSinceOutage = 1;
    private int _replaying;
    private long _pausedUntilTicks;
    private int _unavailable;

    /// <summary>True when the last use of Redis succeeded and no pause is running: lookups and stores reach Redis.</summary>
    public bool ReachingRedis => !Paused() && Volatile.Read(ref _unavailable) == 0;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        _missedEvictions[tag] = true;
        ScheduleEvictAgain(tag);
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

    /// <summary>
    /// Evicts <c>evictedAfterOutage</c> once each time <paramref name="connection"/> restores its connection for commands
    /// (not per request, and not for its subscription connection). Called with the connection the inner store uses.
    /// </summary>
    public void Watch(IConnectionMultiplexer connection)
    {
        if (evictedAfterOutage is null || Interlocked.CompareExchange(ref _watched, connection, null) is not null)
        {
            return;
        }

        connection.ConnectionRestored += OnConnectionRestored;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        if (_watched is { } watched)
        {
            watched.ConnectionRestored -= OnConnectionRestored;
        }

        lock (_replayTimerLock)
        {
            _replayTimer?.Dispose();
            _replayTimer = null;
        }

        lock (_evictAgainLock)
        {
            _evictAgainTimer?.Dispose();
            _evictAgainTimer = null;
        }

        // Created by the container's factory for this store, so not disposed by the container: its connection closes here.
        (inner as IDisposable)?.Dispose();
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

    /// <summary>Keeps an eviction and sends it now off the request path; the replay timer retries it if Redis refuses.</summary>
    private void KeepAndReplay(string tag)
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        _missedEvictions[tag] = true;
        ScheduleReplay();
        StartReplay();
    }

    /// <summary>
    /// Sends <paramref name="tag"/>'s eviction again <see cref="EvictAgainAfter"/> after the last eviction of a burst:
    /// one timer whatever the number of changes, moved on while changes keep coming.
    /// </summary>
    private void ScheduleEvictAgain(string tag)
    {
        lock (_evictAgainLock)
        {
            _evictAgainTags.Add(tag);
            _lastEvictionTicks = clock.GetUtcNow().UtcTicks;
            if (_evictAgainTimer is null && Volatile.Read(ref _disposed) == 0)
            {
                _evictAgainTimer = clock.CreateTimer(_ => EvictAgain(), null, EvictAgainAfter, Timeout.InfiniteTimeSpan);
            }
        }
    }

    private void EvictAgain()
    {
        string[] tags;
        lock (_evictAgainLock)
        {
            if (_evictAgainTimer is null)
            {
                return;
            }

            var due = new DateTimeOffset(_lastEvictionTicks, TimeSpan.Zero) + EvictAgainAfter - clock.GetUtcNow();
            if (due > TimeSpan.Zero)
            {
                // A later change of the burst: its own render window ends later.
                _evictAgainTimer.Change(due, Timeout.InfiniteTimeSpan);
                return;
            }

            _evictAgainTimer.Dispose();
            _evictAgainTimer = null;
            tags = [.. _evictAgainTags];
            _evictAgainTags.Clear();
        }

        foreach (var tag in tags)
        {
            KeepAndReplay(tag);
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Interactive)
        {
            Volatile.Write(ref _evictedSinceOutage, 1);
            EvictAfterOutage("the connection to Redis was restored");
        }
    }

    /// <summary>Redis is back: a change another instance made during the outage may have missed it, so the pages go.</summary>
    private void EvictAfterOutage(string reason)
    {
        if (evictedAfterOutage is null || Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        logger.LogInformation(
            "Redis is back ({Reason}): the cached public pages tagged {Tag} are evicted once, as a change made during the outage may have missed them",
            reason, evictedAfterOutage);
        KeepAndReplay(evictedAfterOutage);
    }

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
            Volatile.Write(ref _evictedSinceOutage, 0);
            logger.LogError(ex, "Redis cannot be reached: public pages are rendered without the output cache until it returns");
        }
    }

    private void Reachable()
    {
        if (Interlocked.Exchange(ref _unavailable, 0) == 1)
        {
            logger.LogWarning("Redis is reachable again: the output cache is back");
            // Unless the restored connection already did (a hung server may answer again without reconnecting).
            if (Interlocked.Exchange(ref _evictedSinceOutage, 1) == 0)
            {
                EvictAfterOutage("it answered again");
            }
        }
    }
}
