using System.Collections.Concurrent;
using ImgPortal.Core.SourceWatch;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// Spaces requests to one host by <see cref="SourceWatchOptions.PerHostDelay"/> (1 second by default), robots.txt and
/// redirects included. Each host has its own turn, so waiting for one host never holds up another.
/// </summary>
public sealed class HostPacer(IOptions<SourceWatchOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _last = new(StringComparer.OrdinalIgnoreCase);

    public async Task WaitTurnAsync(string host, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (_last.TryGetValue(host, out var last))
            {
                var wait = last + options.Value.PerHostDelay - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken);
                }
            }

            _last[host] = clock.GetUtcNow();
        }
        finally
        {
            gate.Release();
        }
    }
}
