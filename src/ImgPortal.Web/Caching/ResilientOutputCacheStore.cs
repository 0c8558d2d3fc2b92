using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace ImgPortal.Web.Caching;

/// <summary>
/// The Redis output cache store, made to miss rather than fail: while Redis cannot be reached a lookup finds
/// nothing (the page renders from the database), a store is skipped and an eviction is logged, never a 500 and
/// never a failed start. The outage is logged once, and its end once.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    private int _unavailable;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
            Reachable();
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            // Other instances may serve their cached copy until it expires; this one moved its generation on.
            logger.LogError(ex, "Redis cannot be reached: cached public pages tagged {Tag} could not be evicted", tag);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
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
        try
        {
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

    private void Unreachable(Exception ex)
    {
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
