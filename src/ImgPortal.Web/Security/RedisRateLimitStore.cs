using ImgPortal.Web.Caching;
using StackExchange.Redis;

namespace ImgPortal.Web.Security;

/// <summary>
/// Fixed-window rate-limit counters in Redis, shared by every instance (ADR 0057): one Lua script increments a
/// window's counter, starts its expiry on the first hit and returns the count with the time left, atomically.
/// When Redis cannot be reached the caller counts in memory instead; the outage is logged once, and its end once.
/// </summary>
public sealed class RedisRateLimitStore : IAsyncDisposable
{
    private const string CountScript = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return { count, ttl }
        """;

    private readonly Lazy<Task<ConnectionMultiplexer>> _connection;
    private readonly string _prefix;
    private readonly ILogger<RedisRateLimitStore> _logger;
    private int _unavailable;

    public RedisRateLimitStore(IConfiguration configuration, ILogger<RedisRateLimitStore> logger)
    {
        var options = RedisSettings.Options(RedisSettings.Configuration(configuration)
            ?? throw new InvalidOperationException("Redis:Configuration is not set."));
        _connection = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(options));
        _prefix = RedisSettings.InstanceName(configuration) + "ratelimit:";
        _logger = logger;
    }

    /// <summary>Counts one hit in <paramref name="key"/>'s current window; null when Redis could not be reached.</summary>
    public async Task<RateLimitCount?> HitAsync(string key, TimeSpan window)
    {
        try
        {
            var redis = await _connection.Value;
            var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
                CountScript, [new RedisKey(_prefix + key)], [(long)window.TotalMilliseconds]))!;
            if (Interlocked.Exchange(ref _unavailable, 0) == 1)
            {
                _logger.LogWarning("Redis is reachable again: rate-limit counters are shared by every instance once more");
            }

            return new RateLimitCount((long)result[0], TimeSpan.FromMilliseconds((long)result[1]));
        }
        catch (Exception ex) when (ResilientOutputCacheStore.IsOutage(ex) || ex is ObjectDisposedException)
        {
            if (Interlocked.Exchange(ref _unavailable, 1) == 0)
            {
                _logger.LogError(ex, "Redis cannot be reached: rate limits count per instance, in memory, until it returns");
            }

            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync();
        }
    }
}
