using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Caching;

/// <summary>
/// Evicts the cached public pages from the output cache store (in memory, or Redis shared by every instance) and,
/// when it is used, from the <see cref="FrontPageCache"/> of this process.
/// </summary>
/// <remarks>
/// Each eviction also moves <see cref="Generation"/> on, and the policy puts the generation in every cache key:
/// a request that read the old content before the change and stores its answer after the eviction stores it
/// under the old generation, where no later request looks (no stale page until expiry).
/// </remarks>
public sealed class OutputCachePublicPages(IOutputCacheStore store, FrontPageCache? front = null) : IPublicPageCache
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public Task EvictAllAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _generation);
        front?.Clear();
        return store.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken).AsTask();
    }
}
