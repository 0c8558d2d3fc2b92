using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace ImgPortal.Web.Caching;

/// <summary>Evicts the cached public pages from the output cache store (in memory, or Redis shared by every instance).</summary>
public sealed class OutputCachePublicPages(IOutputCacheStore store) : IPublicPageCache
{
    public Task EvictAllAsync(CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(PublicPageCachePolicy.Tag, cancellationToken).AsTask();
}
