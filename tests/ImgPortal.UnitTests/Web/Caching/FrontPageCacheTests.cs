using ImgPortal.Web.Caching;
using Microsoft.Extensions.Primitives;
using Microsoft.Extensions.Time.Testing;

namespace ImgPortal.UnitTests.Web.Caching;

public sealed class FrontPageCacheTests
{
    private static readonly KeyValuePair<string, StringValues>[] Headers = [new("Content-Type", "text/html; charset=utf-8")];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryGet_StoredPage_ReturnsItsBytesUntilItExpires()
    {
        var cache = new FrontPageCache(_clock, 1024);
        cache.Store(cache.Current, "/residency|br", hasQuery: false, 200, Headers, [1, 2, 3]);

        var fresh = cache.TryGet(cache.Current, "/residency|br", out var entry);
        _clock.Advance(PublicPageCachePolicy.Expiry);
        var expired = cache.TryGet(cache.Current, "/residency|br", out _);

        Assert.True(fresh);
        Assert.Equal([1, 2, 3], entry.Body);
        Assert.False(expired);
    }

    [Fact]
    public void Store_BeyondItsCapacity_KeepsWhatFitsAndRefusesTheRest()
    {
        var cache = new FrontPageCache(_clock, 10);

        cache.Store(cache.Current, "/a", hasQuery: false, 200, Headers, new byte[6]);
        cache.Store(cache.Current, "/b", hasQuery: false, 200, Headers, new byte[6]);
        cache.Store(cache.Current, "/c", hasQuery: false, 200, Headers, new byte[4]);

        Assert.True(cache.TryGet(cache.Current, "/a", out _));
        Assert.False(cache.TryGet(cache.Current, "/b", out _));
        Assert.True(cache.TryGet(cache.Current, "/c", out _));
    }

    [Fact]
    public void Store_AddressesWithQueryStrings_FillOnlyHalfSoThePagesThemselvesStillFit()
    {
        var cache = new FrontPageCache(_clock, 20);

        cache.Store(cache.Current, "/search?q=a", hasQuery: true, 200, Headers, new byte[6]);
        cache.Store(cache.Current, "/search?q=b", hasQuery: true, 200, Headers, new byte[6]);
        cache.Store(cache.Current, "/residency", hasQuery: false, 200, Headers, new byte[12]);

        Assert.True(cache.TryGet(cache.Current, "/search?q=a", out _));
        Assert.False(cache.TryGet(cache.Current, "/search?q=b", out _));
        Assert.True(cache.TryGet(cache.Current, "/residency", out _));
    }

    [Fact]
    public void Clear_WhileARequestIsUnderWay_ItsAnswerGoesToTheOldGenerationWhereNobodyLooks()
    {
        var cache = new FrontPageCache(_clock, 1024);
        var startedBeforeTheChange = cache.Current;

        cache.Clear();
        cache.Store(startedBeforeTheChange, "/echo", hasQuery: false, 200, Headers, [9]);

        Assert.False(cache.TryGet(cache.Current, "/echo", out _));
        Assert.Equal(0, cache.Current.Count);
    }

    [Fact]
    public void Store_ExpiredEntry_IsReplacedWithoutCountingItsBytesTwice()
    {
        var cache = new FrontPageCache(_clock, 10);
        cache.Store(cache.Current, "/a", hasQuery: false, 200, Headers, new byte[8]);
        _clock.Advance(PublicPageCachePolicy.Expiry);

        cache.Store(cache.Current, "/a", hasQuery: false, 200, Headers, new byte[8]);

        Assert.True(cache.TryGet(cache.Current, "/a", out var entry));
        Assert.Equal(8, entry.Body.Length);
    }
}
