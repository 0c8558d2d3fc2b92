using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using AngleSharp.Html.Parser;
using ImgPortal.TestSupport;
using ImgPortal.Web.Caching;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Caching;

/// <summary>
/// The front cache answers public pages before the pipeline: it holds only what the output cache may hold, keeps the
/// compressed bytes and headers exactly as sent, and never sees a signed-in request.
/// </summary>
public sealed class FrontPageCacheHttpTests
{
    [Fact]
    public async Task GuidancePage_AskedTwiceWithBrotli_SecondAnswerIsTheSameCompressedPageWithTheSameHeaders()
    {
        using var factory = new PortalFactory();
        var visitor = RawClient(factory);

        var first = await GetAsync(visitor, "/residency", "br");
        var second = await GetAsync(visitor, "/residency", "br");

        Assert.Equal(1, Front(factory).Current.Count);
        Assert.Equal("br", Assert.Single(second.Response.Content.Headers.ContentEncoding));
        Assert.Equal(first.Html, second.Html);
        Assert.Contains("<h1", second.Html, StringComparison.Ordinal);
        Assert.Equal(
            first.Response.Headers.GetValues("Content-Security-Policy"),
            second.Response.Headers.GetValues("Content-Security-Policy"));
        Assert.False(second.Response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task HomePage_AskedWithAndWithoutCompression_KeepsOneAnswerPerEncoding()
    {
        using var factory = new PortalFactory();
        var visitor = RawClient(factory);

        var plain = await GetAsync(visitor, "/", null);
        var gzip = await GetAsync(visitor, "/", "gzip");
        var gzipAgain = await GetAsync(visitor, "/", "gzip");
        var plainAgain = await GetAsync(visitor, "/", null);

        Assert.Equal(2, Front(factory).Current.Count);
        Assert.Empty(plainAgain.Response.Content.Headers.ContentEncoding);
        Assert.Equal("gzip", Assert.Single(gzipAgain.Response.Content.Headers.ContentEncoding));
        Assert.Equal(plain.Html, plainAgain.Html);
        Assert.Equal(gzip.Html, gzipAgain.Html);
        Assert.Equal(Heading(plain.Html), Heading(gzipAgain.Html));
    }

    [Fact]
    public async Task LogInPage_WithItsAntiforgeryForm_IsNeverStored()
    {
        using var factory = new PortalFactory();
        var visitor = PortalClient.Anonymous(factory);

        var first = await HtmlPage.GetAsync(visitor, "/identity/account/login");
        var second = await HtmlPage.GetAsync(visitor, "/identity/account/login");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.NotNull(first.Document.QuerySelector("form#account"));
        Assert.Equal(0, Front(factory).Current.Count);
    }

    [Fact]
    public async Task SignedInMember_NeitherFillsNorReadsTheFrontCache()
    {
        using var factory = new PortalFactory();
        await factory.CreateUserAsync("member@test.example");
        var member = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(member, "member@test.example", PortalFactory.Password);

        var before = await HtmlPage.GetAsync(member, "/echo");
        var storedBeforeVisitor = Front(factory).Current.Count;
        await HtmlPage.GetAsync(PortalClient.Anonymous(factory), "/echo");
        Assert.Equal(1, Front(factory).Current.Count);
        var after = await HtmlPage.GetAsync(member, "/echo");

        Assert.Equal(0, storedBeforeVisitor);
        Assert.Equal(1, Front(factory).Current.Count);
        Assert.NotNull(before.Document.QuerySelector("form#logout-form"));
        Assert.NotNull(after.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task NotFoundPage_IsNeverStored()
    {
        using var factory = new PortalFactory();
        var visitor = PortalClient.Anonymous(factory);

        var missing = await visitor.GetAsync("/no-such-page");
        await visitor.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, Front(factory).Current.Count);
    }

    [Fact]
    public async Task Portal_WithRedisConfigured_DoesNotUseAFrontCacheOtherInstancesCannotEvict()
    {
        using var factory = new PortalFactory().With("Redis:Configuration", $"127.0.0.1:{ClosedPort()}");
        var visitor = PortalClient.Anonymous(factory);

        var home = await HtmlPage.GetAsync(visitor, "/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Null(factory.Services.GetService<FrontPageCache>());
    }

    [Fact]
    public async Task Portal_WithTheFrontCacheTurnedOff_StillServesCachedPages()
    {
        using var factory = new PortalFactory().With(CachingExtensions.FrontPageCacheMegabytesKey, "0");
        var visitor = PortalClient.Anonymous(factory);

        await HtmlPage.GetAsync(visitor, "/echo");
        var again = await HtmlPage.GetAsync(visitor, "/echo");

        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Null(factory.Services.GetService<FrontPageCache>());
    }

    private static FrontPageCache Front(PortalFactory factory) => factory.Services.GetRequiredService<FrontPageCache>();

    private static HttpClient RawClient(PortalFactory factory) =>
        factory.CreateDefaultClient(new Uri("http://localhost"));

    private static async Task<(HttpResponseMessage Response, string Html)> GetAsync(HttpClient client, string path, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (encoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        }

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoded = response.Content.Headers.ContentEncoding.FirstOrDefault() switch
        {
            "br" => new BrotliStream(body, CompressionMode.Decompress),
            "gzip" => new GZipStream(body, CompressionMode.Decompress),
            _ => body,
        };
        using var reader = new StreamReader(decoded);
        return (response, await reader.ReadToEndAsync());
    }

    private static string? Heading(string html) => new HtmlParser().ParseDocument(html).QuerySelector("h1")?.TextContent.Trim();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
