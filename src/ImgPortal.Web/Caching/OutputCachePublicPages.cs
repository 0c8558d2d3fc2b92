using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Caching;

/// <summary>
/// Evicts the cached public pages from the output cache store (in memory, or Redis shared by every instance) and,
/// when it is used, from the <see cref="FrontPageCache"/> of this process, once a change to public content has committed.
/// </summary>
/// <remarks>
/// The policy also puts <see cref="PublicContentVersion"/> in every cache key: a request that read the old content
/// before the commit and stores its answer after the eviction stores it under the old version, where no later
/// request looks (no stale page until expiry).
/// </remarks>
public sealed class OutputCachePublicPages(IOutputCacheStore store, FrontPageCache? front = null) : IPublicContentCache
{
    public Task EvictAsync(CancellationToken cancellationToken = default)
    {
        front?.Clear();
        return store.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken).AsTask();
    }
}
