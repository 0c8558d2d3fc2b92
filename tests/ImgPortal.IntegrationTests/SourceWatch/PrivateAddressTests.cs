using ImgPortal.Core.SourceWatch;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.SourceWatch;

/// <summary>The checker never reaches a private, loopback or link-local address unless the tests-only option allows it.</summary>
public sealed class PrivateAddressTests
{
    [Fact]
    public async Task Fetch_LoopbackAddress_IsRefusedByDefault()
    {
        await using var site = await SourceSite.StartAsync();
        site.Html("/inside", "<main>Internal</main>");
        await using var database = await TestDatabase.CreateAsync(initialize: false, settings: SourceWatchTestSettings.Local(allowPrivate: false));

        var result = await database.WithAsync(s => s.GetRequiredService<ISourceFetcher>().FetchAsync(site.Url("/inside"), null, null, CancellationToken.None));

        Assert.Equal(FetchKind.Failed, result.Kind);
        Assert.Contains("private, loopback or link-local", result.Detail);
        Assert.False(site.Hits.ContainsKey("/inside"));
    }

    [Fact]
    public async Task Fetch_LoopbackAddress_IsReachedWithTheTestOption()
    {
        await using var site = await SourceSite.StartAsync();
        site.Html("/inside", "<main>Internal</main>");
        await using var database = await TestDatabase.CreateAsync(initialize: false, settings: SourceWatchTestSettings.Local(allowPrivate: true));

        var result = await database.WithAsync(s => s.GetRequiredService<ISourceFetcher>().FetchAsync(site.Url("/inside"), null, null, CancellationToken.None));

        Assert.Equal(FetchKind.Text, result.Kind);
    }
}
