namespace ImgPortal.Infrastructure.Data.Caching;

/// <summary>Used where no page cache exists (tools, tests of Core and Infrastructure alone).</summary>
public sealed class NoPublicPageCache : IPublicPageCache
{
    public Task EvictAllAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
