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
/// instance never serves a page from before a change once Redis is back (ADR 0064). The outage is logged once,
/// and its end once.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger, TimeProvider clock) : IOutputCacheStore
{
    /// <summary>How long Redis is left alone after it failed to answer.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, bool> _missedEvictions = new(StringComparer.Ordinal);
    private long _pausedUntilTicks;
    private int _unavailable;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        _missedEvictions[tag] = true;
        if (Paused())
        {
            logger.LogError("Redis cannot be reached: the eviction of cached public pages tagged {Tag} is kept until it returns", tag);
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
