using ImgPortal.Core.Content;
using ImgPortal.Infrastructure.Data.Caching;
using ImgPortal.Web.Services;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ImgPortal.UnitTests.Web.Services;

public sealed class MainNavigationCacheTests
{
    private static readonly NavigationLink[] Before = [new("residency", "Residency")];
    private static readonly NavigationLink[] After = [new("residency", "Residency"), new("echo", "ECHO")];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
    private readonly PublicContentVersion _version = new();
    private readonly Mock<IGuidanceService> _guidance = new();

    [Fact]
    public async Task GetAsync_NothingChanged_ReadsTheLinksOnce()
    {
        _guidance.Setup(g => g.ListNavigationAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Before);
        var cache = new MainNavigationCache(_clock, _version);

        await cache.GetAsync(_guidance.Object, CancellationToken.None);
        var second = await cache.GetAsync(_guidance.Object, CancellationToken.None);

        Assert.Equal(Before, second);
        _guidance.Verify(g => g.ListNavigationAsync(It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task GetAsync_AfterAPublicChange_ReadsTheNewLinks()
    {
        _guidance.SetupSequence(g => g.ListNavigationAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Before).ReturnsAsync(After);
        var cache = new MainNavigationCache(_clock, _version);
        await cache.GetAsync(_guidance.Object, CancellationToken.None);

        _version.Advance();
        var links = await cache.GetAsync(_guidance.Object, CancellationToken.None);

        Assert.Equal(After, links);
    }

    [Fact]
    public async Task GetAsync_LinksReadWhileAChangeCommitted_AreNotKeptAsCurrent()
    {
        // The first read returns the links of before, and the change commits while it is under way.
        _guidance.SetupSequence(g => g.ListNavigationAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                _version.Advance();
                return Before;
            })
            .ReturnsAsync(After);
        var cache = new MainNavigationCache(_clock, _version);
        await cache.GetAsync(_guidance.Object, CancellationToken.None);

        var links = await cache.GetAsync(_guidance.Object, CancellationToken.None);

        Assert.Equal(After, links);
    }

    [Fact]
    public async Task GetAsync_NotKept_ReadsTheLinksOnEveryCall()
    {
        _guidance.Setup(g => g.ListNavigationAsync(It.IsAny<CancellationToken>())).ReturnsAsync(Before);
        var cache = new MainNavigationCache(_clock, _version, keep: false);

        await cache.GetAsync(_guidance.Object, CancellationToken.None);
        await cache.GetAsync(_guidance.Object, CancellationToken.None);

        _guidance.Verify(g => g.ListNavigationAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
