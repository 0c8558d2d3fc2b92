namespace ImgPortal.Core.Content;

/// <summary>
/// Told after a change to what visitors see at <c>/{slug}</c> has been saved: a publication (now or scheduled),
/// a retirement, a new page or a change to the navigation. The one place for caches to evict what they hold.
/// </summary>
public interface IPagePublishedNotifier
{
    Task PublishedAsync(string slug, CancellationToken cancellationToken = default);
}
