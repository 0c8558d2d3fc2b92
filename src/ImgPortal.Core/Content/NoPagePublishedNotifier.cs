namespace ImgPortal.Core.Content;

/// <summary>The default <see cref="IPagePublishedNotifier"/>: nothing caches pages yet, so there is nothing to evict.</summary>
public sealed class NoPagePublishedNotifier : IPagePublishedNotifier
{
    public Task PublishedAsync(string slug, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
