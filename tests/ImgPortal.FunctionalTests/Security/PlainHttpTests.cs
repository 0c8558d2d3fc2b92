using System.Net;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests.Security;

/// <summary>Production's secure cookies reached over plain http: a redirect to https or a page naming the settings, never a 500 (ADR 0066).</summary>
public sealed class PlainHttpTests
{
    [Theory]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/Register?returnUrl=%2Fprofile")]
    [InlineData("/mentoring/volunteer")]
    [InlineData("/")]
    public async Task PageOverHttp_SecureCookiesAndAnHttpsPublicAddress_IsRedirectedToTheSamePathOnHttps(string url)
    {
        using var factory = new PortalFactory()
            .With("Security:SecureCookies", null)
            .With("Portal:PublicBaseUrl", "https://portal.example.org");
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://portal.example.org" + url, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task FormPostedOverHttp_SecureCookies_IsRedirectedKeepingTheMethod()
    {
        using var factory = new PortalFactory()
            .With("Security:SecureCookies", "true")
            .With("Portal:PublicBaseUrl", "https://portal.example.org");
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var response = await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent([new("Input.Email", "a@test.example")]));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://portal.example.org/Identity/Account/Login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task PageOverHttp_SecureCookiesAndAnHttpPublicAddress_Gets400NamingTheSettings()
    {
        using var factory = new PortalFactory().With("Security:SecureCookies", "true");
        var client = PortalClient.Anonymous(factory);

        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("We could not complete that request", page.Heading);
        Assert.Contains("Security:SecureCookies", page.MainText, StringComparison.Ordinal);
        Assert.Contains("Portal:PublicBaseUrl", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageOverHttps_SecureCookies_IsServedWithItsForm()
    {
        using var factory = new PortalFactory()
            .With("Security:SecureCookies", "true")
            .With("Portal:PublicBaseUrl", "https://portal.example.org");
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });

        var page = await HtmlPage.GetAsync(client, "/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(page.AntiforgeryToken);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthProbeOverHttp_SecureCookies_IsAnswered(string url)
    {
        using var factory = new PortalFactory().With("Security:SecureCookies", "true");
        var client = PortalClient.Anonymous(factory, followRedirects: false);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Start_SecureCookiesWithAnHttpPublicAddress_LogsOneWarningNamingBothSettings()
    {
        var log = new CollectingLogSink();
        using var factory = new PortalFactory().With("Security:SecureCookies", "true");
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log)));

        app.CreateClient();

        var warnings = log.Messages(LogEventLevel.Warning).Where(m => m.Contains("Security:SecureCookies", StringComparison.Ordinal)).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("Portal:PublicBaseUrl", warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SecureCookiesWithAnHttpsPublicAddress_LogsNoSuchWarning()
    {
        var log = new CollectingLogSink();
        using var factory = new PortalFactory()
            .With("Security:SecureCookies", "true")
            .With("Portal:PublicBaseUrl", "https://portal.example.org");
        using var app = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log)));

        var response = await app.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(log.Messages(LogEventLevel.Warning), m => m.Contains("Security:SecureCookies", StringComparison.Ordinal));
    }
}
