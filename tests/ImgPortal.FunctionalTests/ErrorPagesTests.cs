using System.Net;
using ImgPortal.Core.Content;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ImgPortal.FunctionalTests;

public sealed class ErrorPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/residency/extra/segments")]
    [InlineData("/Not_A_Slug!")]
    public async Task Get_UnknownUrl_ShowsTheFriendly404WithAWayBack(string url)
    {
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("We could not find that page", page.Heading);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/']"));
        Assert.NotNull(page.Document.QuerySelector("nav[aria-label=Main]"));
    }

    [Fact]
    public async Task Get_PageThatCrashes_ShowsTheFriendly500WithARequestIdAndNoStackTrace()
    {
        var guidance = new Mock<IGuidanceService>();
        guidance.Setup(g => g.ListNavigationAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        guidance.Setup(g => g.LookupAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("secret connection detail"));
        using var crashing = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddScoped(_ => guidance.Object)));
        var client = crashing.CreateClient();

        var page = await HtmlPage.GetAsync(client, "/residency");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("Something went wrong on our side", page.Heading);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("code.request-id")?.TextContent));
        var html = page.Document.DocumentElement.OuterHtml;
        Assert.DoesNotContain("secret connection detail", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain("GuidanceController", html, StringComparison.Ordinal);
    }
}
