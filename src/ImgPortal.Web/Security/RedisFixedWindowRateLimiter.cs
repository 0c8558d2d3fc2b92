using System.Diagnostics;
using System.Threading.RateLimiting;

namespace ImgPortal.Web.Security;

/// <summary>
/// One partition's fixed window counted in Redis (<see cref="RedisRateLimitStore"/>), so every instance counts
/// the same attempts. When Redis cannot be reached it counts in an in-memory window of the same rule instead:
/// a Redis outage weakens the limit to per instance, it never answers 500 and never lets everything through.
/// </summary>
public sealed class RedisFixedWindowRateLimiter(string key, RateLimitRule rule, RedisRateLimitStore store) : RateLimiter
{
    private readonly FixedWindowRateLimiter _fallback = new(PortalRateLimits.Window(rule));
    private long _lastUsed = Stopwatch.GetTimestamp();

    /// <summary>
    /// How long since this partition was last asked (the partitioned limiter drops it after a while: its count lives
    /// in Redis); never idle while its in-memory fallback holds a count.
    /// </summary>
    public override TimeSpan? IdleDuration =>
        _fallback.IdleDuration is null ? null : Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastUsed));

    public override RateLimiterStatistics? GetStatistics() => _fallback.GetStatistics();

    /// <summary>
    /// A synchronous answer would block a thread on the network: refuse to decide here (no Retry-After), so the
    /// rate-limiting middleware goes on to <see cref="AcquireAsyncCore"/>, which asks Redis.
    /// </summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => new CountedLease(false, null);

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            return CountedLease.Allowed;
        }

        Interlocked.Exchange(ref _lastUsed, Stopwatch.GetTimestamp());
        var count = await store.HitAsync(key, rule.Window);
        if (count is null)
        {
            return await _fallback.AcquireAsync(permitCount, cancellationToken);
        }

        return count.Hits <= rule.PermitLimit ? CountedLease.Allowed : new CountedLease(false, count.Remaining);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback.Dispose();
        }

        base.Dispose(disposing);
    }
}
