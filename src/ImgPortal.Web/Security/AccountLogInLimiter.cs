using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Security;

/// <summary>
/// Log-in attempts per account, from any address: the limit that stops a botnet guessing one account's
/// password. The log-in page asks it before checking the password; partitions come from
/// <see cref="PortalRateLimits.AccountKey"/>, counted in Redis when it is configured (ADR 0057).
/// </summary>
public sealed class AccountLogInLimiter(IOptions<RateLimitOptions> options, RedisRateLimitStore? store = null) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        account => PortalRateLimits.Partition("log-in-per-account|" + account, options.Value.LogInPerAccount, store));

    /// <summary>Takes one attempt for the account; null when allowed, otherwise how long to wait.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(string email)
    {
        using var lease = await _limiter.AcquireAsync(PortalRateLimits.AccountKey(email));
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : options.Value.LogInPerAccount.Window;
    }

    public void Dispose() => _limiter.Dispose();
}
