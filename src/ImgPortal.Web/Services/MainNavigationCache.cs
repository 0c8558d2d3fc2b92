using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data.Caching;

namespace ImgPortal.Web.Services;

/// <summary>
/// The main navigation, read once and kept while <see cref="PublicContentVersion"/> stays where it was when it was
/// read (any committed change to public content moves it on, ADR 0064) and for at most five minutes, so an anonymous
/// request costs no query. Links read before a change are kept under the version of before, so a request that read
/// them while the change was committing never makes them current again. With Redis (<paramref name="keep"/> false)
/// several instances may run and the version moves on only where the change was made, so the links are read on every
/// render, as the front page cache is off then (ADR 0064).
/// </summary>
public sealed class MainNavigationCache(TimeProvider clock, PublicContentVersion version, bool keep = true)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // One reference, swapped whole, so a request never sees half of another's write.
    private volatile Entry? _cached;

    public async Task<IReadOnlyList<NavigationLink>> GetAsync(IGuidanceService guidance, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var current = version.Current;
        if (_cached is { } hit && hit.Version == current && now - hit.ReadAt < Lifetime)
        {
            return hit.Links;
        }

        var links = await guidance.ListNavigationAsync(cancellationToken) ?? [];
        if (keep)
        {
            _cached = new Entry(links, current, now);
        }

        return links;
    }

    private sealed record Entry(IReadOnlyList<NavigationLink> Links, long Version, DateTimeOffset ReadAt);
}
