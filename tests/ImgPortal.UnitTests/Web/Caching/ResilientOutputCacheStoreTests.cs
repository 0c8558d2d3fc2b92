using System.Net;
using ImgPortal.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using StackExchange.Redis;

namespace ImgPortal.UnitTests.Web.Caching;

public sealed class ResilientOutputCacheStoreTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeRedis _redis = new();

    [Fact]
    public async Task EvictByTag_WhileRedisIsDown_IsReplayedBeforeTheFirstLookupOnceItIsBack()
    {
        var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock);
        _redis.Down = true;
        await store.EvictByTagAsync("public-pages", CancellationToken.None);

        _redis.Down = false;
        _clock.Advance(ResilientOutputCacheStore.Pause);
        await store.GetAsync("/residency", CancellationToken.None);
        await store.GetAsync("/residency", CancellationToken.None);

        Assert.Equal(["evict public-pages", "get /residency", "get /residency"], _redis.Calls);
    }

    [Fact]
    public async Task EvictByTag_WhileRedisIsDown_IsReplayedInTheBackgroundWithinAPauseOfItsReturnWithoutAnyLookup()
    {
        using var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock);
        _redis.Down = true;
        await store.EvictByTagAsync("public-pages", CancellationToken.None);
        _clock.Advance(ResilientOutputCacheStore.Pause); // Still down: the retry fails and the eviction stays kept.
        var whileDown = _redis.Calls.Count;

        _redis.Down = false;
        _clock.Advance(ResilientOutputCacheStore.Pause);
        _clock.Advance(ResilientOutputCacheStore.Pause); // Replayed once: nothing more is sent.

        Assert.Equal(0, whileDown);
        Assert.Equal(["evict public-pages"], _redis.Calls);
        Assert.True(store.ReachingRedis);
    }

    [Fact]
    public async Task GetAsync_AfterRedisFailedToAnswer_LeavesItAloneForThePause()
    {
        var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock);
        _redis.Down = true;
        await store.GetAsync("/residency", CancellationToken.None);

        var duringPause = await store.GetAsync("/echo", CancellationToken.None);
        await store.SetAsync("/echo", [1], ["public-pages"], TimeSpan.FromMinutes(1), CancellationToken.None);
        var callsDuringPause = _redis.Calls.Count;
        _redis.Down = false;
        _clock.Advance(ResilientOutputCacheStore.Pause);
        var afterPause = await store.GetAsync("/echo", CancellationToken.None);

        Assert.Null(duringPause);
        Assert.Equal(0, callsDuringPause);
        Assert.NotNull(afterPause);
    }

    [Fact]
    public async Task EvictByTag_RedisUp_EvictsOnceAndReplaysNothingLater()
    {
        var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock);

        await store.EvictByTagAsync("public-pages", CancellationToken.None);
        await store.GetAsync("/residency", CancellationToken.None);

        Assert.Equal(["evict public-pages", "get /residency"], _redis.Calls);
    }

    [Fact]
    public async Task EvictByTag_PageStoredAfterTheFirstEviction_IsRemovedByTheSecondEvictionAfterTheDelay()
    {
        using var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock);
        await store.EvictByTagAsync("public-pages", CancellationToken.None);
        // Another instance read the rows before the change and stores its page after the eviction.
        await store.SetAsync("/contact", [1], ["public-pages"], TimeSpan.FromMinutes(10), CancellationToken.None);
        var storedAfterFirst = _redis.Stored.Contains("/contact");

        _clock.Advance(ResilientOutputCacheStore.EvictAgainAfter);

        Assert.True(storedAfterFirst);
        Assert.DoesNotContain("/contact", _redis.Stored);
    }

    [Fact]
    public async Task EvictByTag_BurstOfChanges_IsSentAgainOnceAfterTheLastChange()
    {
        using var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock);
        var step = ResilientOutputCacheStore.EvictAgainAfter * 2 / 3;
        await store.EvictByTagAsync("public-pages", CancellationToken.None);
        _clock.Advance(step);
        await store.EvictByTagAsync("public-pages", CancellationToken.None);
        _clock.Advance(step); // Past the first change's delay, not the second's: not yet.
        var beforeTheLastDelay = Evictions();

        _clock.Advance(step);
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(2, beforeTheLastDelay);
        Assert.Equal(3, Evictions());
    }

    [Fact]
    public async Task ConnectionRestored_RaisedOnce_EvictsTheTagOnceAndLogsItOnce()
    {
        var logger = new RecordingLogger();
        var connection = new Mock<IConnectionMultiplexer>();
        using var store = new ResilientOutputCacheStore(_redis, logger, _clock, "public-pages");
        store.Watch(connection.Object);

        connection.Raise(c => c.ConnectionRestored += null, Restored(ConnectionType.Interactive));
        connection.Raise(c => c.ConnectionRestored += null, Restored(ConnectionType.Subscription));
        for (var i = 0; i < 20; i++)
        {
            await store.GetAsync("/contact", CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, Evictions());
        Assert.Single(logger.Entries, e => e.Level == LogLevel.Information);
    }

    [Fact]
    public async Task GetAsync_RedisAnswersAgainAfterFailing_EvictsTheTagOnceNotPerRequest()
    {
        using var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock, "public-pages");
        _redis.Down = true;
        await store.GetAsync("/contact", CancellationToken.None);

        _redis.Down = false;
        _clock.Advance(ResilientOutputCacheStore.Pause);
        for (var i = 0; i < 20; i++)
        {
            await store.GetAsync("/contact", CancellationToken.None);
        }

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(1, Evictions());
    }

    [Fact]
    public async Task Watch_NoChangeAndNoOutage_EvictsNothing()
    {
        var connection = new Mock<IConnectionMultiplexer>();
        using var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock, "public-pages");
        store.Watch(connection.Object);

        await store.SetAsync("/contact", [1], ["public-pages"], TimeSpan.FromMinutes(10), CancellationToken.None);
        await store.GetAsync("/contact", CancellationToken.None);
        _clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, Evictions());
        Assert.Contains("/contact", _redis.Stored);
    }

    [Fact]
    public void ConnectionRestored_AfterTheStoreIsDisposed_EvictsNothing()
    {
        var connection = new Mock<IConnectionMultiplexer>();
        var store = new ResilientOutputCacheStore(_redis, NullLogger<ResilientOutputCacheStore>.Instance, _clock, "public-pages");
        store.Watch(connection.Object);

        store.Dispose();
        connection.Raise(c => c.ConnectionRestored += null, Restored(ConnectionType.Interactive));
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(0, Evictions());
    }

    private static ConnectionFailedEventArgs Restored(ConnectionType type) =>
        new(new object(), new DnsEndPoint("localhost", 6379), type, ConnectionFailureType.None, new RedisConnectionException(ConnectionFailureType.None, "Restored."), "localhost:6379");

    private int Evictions() => _redis.Calls.Count(c => c.StartsWith("evict ", StringComparison.Ordinal));

    /// <summary>Records what reached it; while <see cref="Down"/> every call fails as an unreachable Redis does.</summary>
    private sealed class FakeRedis : IOutputCacheStore
    {
        public bool Down { get; set; }

        public List<string> Calls { get; } = [];

        /// <summary>The keys stored and not evicted since.</summary>
        public HashSet<string> Stored { get; } = [];

        private Dictionary<string, string[]> Tags { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Reach();
            Calls.Add("evict " + tag);
            Stored.RemoveWhere(key => Tags.TryGetValue(key, out var tags) && tags.Contains(tag));
            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
        {
            Reach();
            Calls.Add("get " + key);
            return ValueTask.FromResult<byte[]?>([1]);
        }

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Reach();
            Calls.Add("set " + key);
            Stored.Add(key);
            Tags[key] = tags ?? [];
            return ValueTask.CompletedTask;
        }

        private void Reach()
        {
            if (Down)
            {
                throw new TimeoutException("Redis did not answer.");
            }
        }
    }

    private sealed class RecordingLogger : ILogger<ResilientOutputCacheStore>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
