using ImgPortal.Web.Security;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Identity;

/// <summary>
/// At most <c>RateLimits:AccountEmailsPerAddress</c> reset and confirmation e-mails to one address per window,
/// however many clients ask (ADR 0071). Counted by <see cref="AccountEmailRequestService"/> (its only, single
/// caller), so it costs the request nothing. In memory, per instance.
/// </summary>
public sealed class AccountEmailAddressLimit(IOptions<RateLimitOptions> options, TimeProvider clock)
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.Ordinal);

    /// <summary>Counts one e-mail to <paramref name="normalizedEmail"/> and says whether it may go; false once the address has had its share.</summary>
    public bool TryTake(string normalizedEmail)
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
