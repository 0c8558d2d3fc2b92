using ImgPortal.Core.SourceWatch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ImgPortal.IntegrationTests.SourceWatch;

/// <summary>The fetcher against a local site (<see cref="SourceSite"/>): every kind of answer a cited source can give.</summary>
public sealed class SourceFetcherTests : IAsyncLifetime
{
    private SourceSite _site = null!;
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _site = await SourceSite.StartAsync();
        _database = await TestDatabase.CreateAsync(initialize: false, settings: SourceWatchTestSettings.Local(maxBodyBytes: 100_000));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task Fetch_HtmlPage_ReturnsMainTextAndSendsTheUserAgent()
    {
        _site.Html("/law", "<html><body><nav>Menu Home</nav><main><h1>Pathway law</h1><p>Applicants need three years.</p></main><footer>Contact</footer></body></html>");

        var result = await FetchAsync("/law");

        Assert.Equal(FetchKind.Text, result.Kind);
        Assert.Equal("Pathway law Applicants need three years.", result.Text);
        var request = Assert.Single(_site.Requests, r => r.Path == "/law");
        Assert.Contains("ImgPortalSourceWatch", request.UserAgent);
        Assert.Contains("sources@portal.test", request.UserAgent);
    }

    [Fact]
    public async Task Fetch_WithTheLastETag_SendsIfNoneMatchAndReportsNotModified()
    {
        _site.Html("/tagged", "<main>Same</main>", etag: "\"v1\"");

        var first = await FetchAsync("/tagged");
        var second = await FetchAsync("/tagged", first.ETag);

        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(FetchKind.NotModified, second.Kind);
        Assert.Contains(_site.Requests, r => r.Path == "/tagged" && r.IfNoneMatch == "\"v1\"");
    }

    [Fact]
    public async Task Fetch_PermanentRedirect_FollowsItAndReportsTheMove()
    {
        _site.Redirect("/old", 301, "/new");
        _site.Html("/new", "<main>Moved here</main>");

        var result = await FetchAsync("/old");

        Assert.Equal(FetchKind.Text, result.Kind);
        Assert.Equal("Moved here", result.Text);
        Assert.Equal(_site.Url("/new"), result.MovedPermanentlyTo);
        Assert.Contains("301 moved permanently", result.Detail);
    }

    [Fact]
    public async Task Fetch_TemporaryRedirect_FollowsItWithoutAMove()
    {
        _site.Redirect("/for-now", 302, "/elsewhere");
        _site.Html("/elsewhere", "<main>Here for now</main>");

        var result = await FetchAsync("/for-now");

        Assert.Equal("Here for now", result.Text);
        Assert.Null(result.MovedPermanentlyTo);
        Assert.Contains("302 moved temporarily", result.Detail);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(410)]
    public async Task Fetch_GonePage_Fails(int status)
    {
        _site.Status("/gone", status);

        var result = await FetchAsync("/gone");

        Assert.Equal(FetchKind.Failed, result.Kind);
        Assert.Equal(status, result.HttpStatus);
    }

    [Fact]
    public async Task Fetch_HostThatNeverAnswers_FailsAsTimedOut()
    {
        _site.Hang("/slow");

        var result = await FetchAsync("/slow");

        Assert.Equal(FetchKind.Failed, result.Kind);
        Assert.Equal("timed out", result.Detail);
    }

    [Fact]
    public async Task Fetch_HugeBody_IsCutAtTheCap()
    {
        _site.Bytes("/huge", "text/plain", 5_000_000);

        var result = await FetchAsync("/huge");

        Assert.Equal(FetchKind.Text, result.Kind);
        Assert.True(result.Text!.Length <= 100_000);
        Assert.Contains("body cut at 100000 bytes", result.Detail);
    }

    [Fact]
    public async Task Fetch_BinaryType_IsNotRead()
    {
        _site.Bytes("/report.pdf", "application/pdf", 5_000_000);

        var result = await FetchAsync("/report.pdf");

        Assert.Equal(FetchKind.NotText, result.Kind);
        Assert.Null(result.Text);
    }

    [Fact]
    public async Task Fetch_RobotsForbidsThePortal_DoesNotRequestThePage()
    {
        _site.Robots("User-agent: *\nDisallow:\n\nUser-agent: ImgPortalSourceWatch\nDisallow: /private\n");
        _site.Html("/private/page", "<main>Secret</main>");
        _site.Html("/public", "<main>Open</main>");

        var refused = await FetchAsync("/private/page");
        var allowed = await FetchAsync("/public");

        Assert.Equal(FetchKind.ForbiddenByRobots, refused.Kind);
        Assert.False(_site.Hits.ContainsKey("/private/page"));
        Assert.Equal(FetchKind.Text, allowed.Kind);
        Assert.Equal(1, _site.Hits["/robots.txt"]);
    }

    [Fact]
    public async Task Fetch_SourceThatKeepsFailing_IsRetriedWithoutAWarningInTheLog()
    {
        var log = new WarningLog();
        var settings = SourceWatchTestSettings.Local();
        settings["SourceWatch:Retries"] = "2";
        await using var database = await TestDatabase.CreateAsync(
            initialize: false, settings: settings, configure: services => services.AddSingleton<ILoggerProvider>(log));
        _site.Status("/busy", 503);

        var result = await database.WithAsync(services =>
            services.GetRequiredService<ISourceFetcher>().FetchAsync(_site.Url("/busy"), null, null, CancellationToken.None));

        Assert.Equal(FetchKind.Failed, result.Kind);
        Assert.Equal(3, _site.Requests.Count(r => r.Path == "/busy"));
        Assert.Empty(log.Warnings);
    }

    private Task<FetchResult> FetchAsync(string path, string? etag = null) =>
        _database.WithAsync(services => services.GetRequiredService<ISourceFetcher>().FetchAsync(_site.Url(path), etag, null, CancellationToken.None));
}
