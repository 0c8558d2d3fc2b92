using ImgPortal.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

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

    /// <summary>Records what reached it; while <see cref="Down"/> every call fails as an unreachable Redis does.</summary>
    private sealed class FakeRedis : IOutputCacheStore
    {
        public bool Down { get; set; }

        public List<string> Calls { get; } = [];

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            Reach();
            Calls.Add("evict " + tag);
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
}
