using ImgPortal.Web.Security;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Accounts;

/// <summary>
/// At most <c>RateLimits:AccountEmailsPerAddress</c> reset and confirmation e-mails to one address per window,
/// however many clients ask (ADR 0071). Counted by <see cref="Background.AccountEmailRequestService"/> (its only, single
/// caller), so it costs the request nothing. With Redis configured the count is shared by every instance (a fixed
/// window keyed by a hash of the address, never the address itself, ADR 0057); without Redis, or while it cannot be
/// reached, each instance counts in memory over a sliding window.
/// </summary>
public sealed class AccountEmailAddressLimit(IOptions<RateLimitOptions> options, TimeProvider clock, RedisRateLimitStore? store = null)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);

    /// <summary>Counts one e-mail to <paramref name="normalizedEmail"/> and says whether it may go; false once the address has had its share.</summary>
    public async Task<bool> TryTakeAsync(string normalizedEmail)
    {
        var rule = options.Value.AccountEmailsPerAddress;
        if (store is not null
            && await store.HitAsync("account-emails-per-address|" + PortalRateLimits.AccountKey(normalizedEmail), rule.Window) is { } shared)
        {
            return shared.Hits <= rule.PermitLimit;
        }

        return TryTakeInMemory(normalizedEmail);
    }

    private bool TryTakeInMemory(string normalizedEmail)
    {
        var rule = options.Value.AccountEmailsPerAddress;
        var now = clock.GetUtcNow();
        lock (_sent)
        {
            if (_sent.Count > 10_000)
            {
                Forget(now - rule.Window);
            }

            if (!_sent.TryGetValue(normalizedEmail, out var times))
            {
                times = new Queue<DateTimeOffset>();
                _sent[normalizedEmail] = times;
            }

            while (times.Count > 0 && times.Peek() <= now - rule.Window)
            {
                times.Dequeue();
            }

            if (times.Count >= rule.PermitLimit)
            {
                return false;
            }

            times.Enqueue(now);
            return true;
        }
    }

    private void Forget(DateTimeOffset before)
    {
        foreach (var address in _sent.Where(entry => entry.Value.Count == 0 || entry.Value.Last() <= before).Select(entry => entry.Key).ToList())
        {
            _sent.Remove(address);
        }
    }
}
