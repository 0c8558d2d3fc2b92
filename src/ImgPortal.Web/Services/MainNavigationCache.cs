using ImgPortal.Core.Content;

namespace ImgPortal.Web.Services;

/// <summary>
/// The main navigation, read once and kept until a page change visitors can see (the
/// <see cref="IPagePublishedNotifier"/>) or five minutes pass (a scheduled publication going live), so an
/// anonymous request costs no query.
/// </summary>
public sealed class MainNavigationCache(TimeProvider clock) : IPagePublishedNotifier
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    // One reference, swapped whole, so a request never sees half of another's write.
    private volatile Tuple<IReadOnlyList<NavigationLink>, DateTimeOffset>? _cached;

    public async Task<IReadOnlyList<NavigationLink>> GetAsync(IGuidanceService guidance, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cached is { } hit && now - hit.Item2 < Lifetime)
        {
            return hit.Item1;
        }

        var links = await guidance.ListNavigationAsync(cancellationToken) ?? [];
        _cached = Tuple.Create(links, now);
        return links;
    }

    public Task PublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        _cached = null;
        return Task.CompletedTask;
    }
}
