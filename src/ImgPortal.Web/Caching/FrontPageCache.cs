using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Primitives;

namespace ImgPortal.Web.Caching;

/// <summary>
/// The finished bytes of public pages (after compression, with every header but cookies), held in this process
/// and answered by <see cref="FrontPageCacheMiddleware"/> before anything else of the pipeline runs. Only answers the
/// output cache policy already accepts are stored (<see cref="PublicPageCachePolicy"/> marks them), so what it holds is
/// exactly what the output cache may hold; it only answers them sooner. One instance only: with Redis configured the
/// portal may run as several instances, and an eviction on one could not reach this memory on the others at once,
/// so then it is not used (ADR 0060).
/// </summary>
public sealed class FrontPageCache
{
    /// <summary>Set in <c>HttpContext.Items</c> by the output cache policy when an answer may be stored.</summary>
    public const string StorableItem = "ImgPortal.FrontPageCache.Storable";

    /// <summary>The largest answer kept; a larger one is served but not stored.</summary>
    public const int MaxEntryBytes = 512 * 1024;

    private static readonly Meter Meter = new("ImgPortal.FrontPageCache");
    private static readonly Counter<long> Hits = Meter.CreateCounter<long>("imgportal.front_page_cache.hits");
    private static readonly Counter<long> Stores = Meter.CreateCounter<long>("imgportal.front_page_cache.stores");

    private readonly TimeProvider _clock;
    private readonly long _capacityBytes;
    private Generation _current = new();

    public FrontPageCache(TimeProvider clock, long capacityBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacityBytes);
        _clock = clock;
        _capacityBytes = capacityBytes;
    }

    /// <summary>The entries of the current content; a request stores into the generation it started under.</summary>
    public Generation Current => Volatile.Read(ref _current);

    /// <summary>Forgets every page at once (any change to public content); requests under way store into the old generation.</summary>
    public void Clear() => Interlocked.Exchange(ref _current, new Generation());

    public bool TryGet(Generation generation, string key, out FrontPageEntry entry)
    {
        if (generation.Entries.TryGetValue(key, out entry!) && entry.Expires > _clock.GetUtcNow())
        {
            Hits.Add(1);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Keeps an answer for <see cref="PublicPageCachePolicy.Expiry"/>, unless the generation is full. Addresses with a
    /// query string (search terms, directory filters: endless variations) may fill only half of it, so they can never
    /// crowd out the pages themselves.
    /// </summary>
    public void Store(Generation generation, string key, bool hasQuery, int statusCode, KeyValuePair<string, StringValues>[] headers, byte[] body)
    {
        var now = _clock.GetUtcNow();
        var entry = new FrontPageEntry(statusCode, headers, body, now + PublicPageCachePolicy.Expiry);
        generation.Entries.TryGetValue(key, out var old);
        if (old is not null && old.Expires > now)
        {
            return;
        }

        var growth = body.Length - (old?.Body.Length ?? 0);
        if (hasQuery && Interlocked.Add(ref generation.QueryBytes, growth) > _capacityBytes / 2)
        {
            Interlocked.Add(ref generation.QueryBytes, -growth);
            return;
        }

        if (Interlocked.Add(ref generation.Bytes, growth) > _capacityBytes)
        {
            Interlocked.Add(ref generation.Bytes, -growth);
            if (hasQuery)
            {
                Interlocked.Add(ref generation.QueryBytes, -growth);
            }

            return;
        }

        var stored = old is null ? generation.Entries.TryAdd(key, entry) : generation.Entries.TryUpdate(key, entry, old);
        if (stored)
        {
            Stores.Add(1);
        }
        else
        {
            Interlocked.Add(ref generation.Bytes, -growth);
            if (hasQuery)
            {
                Interlocked.Add(ref generation.QueryBytes, -growth);
            }
        }
    }

    /// <summary>The pages stored since the last change to public content, and the bytes they take.</summary>
    public sealed class Generation
    {
        internal long Bytes;

        internal long QueryBytes;

        internal ConcurrentDictionary<string, FrontPageEntry> Entries { get; } = new(StringComparer.Ordinal);

        public int Count => Entries.Count;
    }
}
