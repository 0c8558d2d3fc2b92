namespace ImgPortal.Infrastructure.Data.Caching;

/// <summary>
/// A cache of something visitors see (pages, the navigation). Told once after each committed change to public content,
/// by <see cref="PublicContentChangeInterceptor"/>, after <see cref="PublicContentVersion"/> has moved on (ADR 0064).
/// </summary>
public interface IPublicContentCache
{
    Task EvictAsync(CancellationToken cancellationToken = default);
}
