namespace ImgPortal.Infrastructure.Data.Caching;

/// <summary>The cache of pages shown to visitors; told when something they show changes.</summary>
public interface IPublicPageCache
{
    Task EvictAllAsync(CancellationToken cancellationToken = default);
}
