namespace ImgPortal.Infrastructure.Data.Caching;

/// <summary>
/// A number that moves on after each committed change to public content, before any <see cref="IPublicContentCache"/>
/// is told. A cache keys what it stores by the version it read before reading the database, so an answer built from
/// data read before a change is stored under the old version, where no request after the change looks.
/// </summary>
public sealed class PublicContentVersion
{
    private long _current;

    public long Current => Interlocked.Read(ref _current);

    public void Advance() => Interlocked.Increment(ref _current);
}
