using System.Net;
using System.Net.Sockets;
using ImgPortal.TestSupport;
using ImgPortal.Web.Accounts;
using ImgPortal.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests.Scaling;

/// <summary>Rate-limit counters in a real Redis server, shared by two instances (ADR 0057), and the fallback without it.</summary>
public sealed class SharedRateLimitTests : IDisposable
{
    private static readonly RateLimitOptions Defaults = new();

    private readonly RedisServer _redis = new();

    // Every test counts in its own key space: the server may be shared with other test classes.
    private readonly string _instanceName = $"tests-{Guid.NewGuid():N}:";

    public void Dispose() => _redis.Dispose();

    [Fact]
    public async Task ForgotPassword_PostsSpreadOverTwoInstances_AreCountedTogether()
    {
        using var first = Instance(_redis.Configuration);
        using var second = Instance(_redis.Configuration);
        var clients = new[] { PortalClient.Anonymous(first), PortalClient.Anonymous(second) };
        var forms = new[]
        {
            await HtmlPage.GetAsync(clients[0], "/Identity/Account/ForgotPassword"),
            await HtmlPage.GetAsync(clients[1], "/Identity/Account/ForgotPassword"),
        };
        var fields = new Dictionary<string, string> { ["Input.Email"] = "nobody@test.example" };

        for (var i = 0; i < Defaults.ForgotPassword.PermitLimit; i++)
        {
            var allowed = await forms[i % 2].SubmitAsync(clients[i % 2], fields);
            Assert.Equal(HttpStatusCode.OK, allowed.Status);
        }

        var refusedByFirst = await forms[0].SubmitAsync(clients[0], fields);
        var refusedBySecond = await forms[1].SubmitAsync(clients[1], fields);

        Assert.Equal(HttpStatusCode.TooManyRequests, refusedByFirst.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedBySecond.Status);
        Assert.NotNull(refusedBySecond.Response.Headers.RetryAfter);
        Assert.Contains("Too many attempts", refusedBySecond.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogIn_GuessesForOneAccountSpreadOverTwoInstances_AreCountedTogether()
    {
        using var first = Instance(_redis.Configuration).With("RateLimits:LogInPerClient:PermitLimit", "1000");
        using var second = Instance(_redis.Configuration).With("RateLimits:LogInPerClient:PermitLimit", "1000");
        var clients = new[] { PortalClient.Anonymous(first), PortalClient.Anonymous(second) };
        var forms = new[]
        {
            await HtmlPage.GetAsync(clients[0], "/Identity/Account/Login"),
            await HtmlPage.GetAsync(clients[1], "/Identity/Account/Login"),
        };
        var email = $"guessed-{Guid.NewGuid():N}@test.example";

        for (var i = 0; i < Defaults.LogInPerAccount.PermitLimit; i++)
        {
            var guess = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "guess number " + i };
            var allowed = await forms[i % 2].SubmitAsync(clients[i % 2], guess, "form#account");
            Assert.Equal(HttpStatusCode.OK, allowed.Status);
        }

        var refused = await forms[1].SubmitAsync(
            clients[1], new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "one too many" }, "form#account");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.NotNull(refused.Response.Headers.RetryAfter);
    }

    [Fact]
    public async Task AccountEmails_ToOneAddressAskedThroughTwoInstances_AreCountedTogether()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = _redis.Configuration,
            ["Redis:InstanceName"] = _instanceName,
        }).Build();
        await using var firstStore = new RedisRateLimitStore(configuration, NullLogger<RedisRateLimitStore>.Instance);
        await using var secondStore = new RedisRateLimitStore(configuration, NullLogger<RedisRateLimitStore>.Instance);
        var options = Options.Create(Defaults);
        var instances = new[]
        {
            new AccountEmailAddressLimit(options, TimeProvider.System, firstStore),
            new AccountEmailAddressLimit(options, TimeProvider.System, secondStore),
        };
        const string victim = "VICTIM@TEST.EXAMPLE";

        var taken = new List<bool>();
        for (var i = 0; i < Defaults.AccountEmailsPerAddress.PermitLimit; i++)
        {
            taken.Add(await instances[i % 2].TryTakeAsync(victim));
        }

        var refusedByFirst = await instances[0].TryTakeAsync(victim);
        var refusedBySecond = await instances[1].TryTakeAsync(victim);
        var anotherAddress = await instances[1].TryTakeAsync("OTHER@TEST.EXAMPLE");

        Assert.All(taken, Assert.True);
        Assert.False(refusedByFirst);
        Assert.False(refusedBySecond);
        Assert.True(anotherAddress);
    }

    [Fact]
    public async Task ForgotPassword_RedisUnreachable_PagesStillAnswerAndLimitsCountInMemoryLoggedOnce()
    {
        var log = new CollectingLogSink();
        using var factory = Instance($"127.0.0.1:{ClosedPort()}");
        using var app = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(log)));
        var client = app.CreateClient();
        var form = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");
        var fields = new Dictionary<string, string> { ["Input.Email"] = "nobody@test.example" };

        for (var i = 0; i < Defaults.ForgotPassword.PermitLimit; i++)
        {
            var allowed = await form.SubmitAsync(client, fields);
            Assert.Equal(HttpStatusCode.OK, allowed.Status);
        }

        var refused = await form.SubmitAsync(client, fields);
        var home = await HtmlPage.GetAsync(client, "/");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Single(log.Messages(LogEventLevel.Error), m => m.Contains("rate limits count per instance", StringComparison.Ordinal));
    }

    private PortalFactory Instance(string redis) =>
        new PortalFactory()
            .UseRealRateLimits()
            .With("Redis:Configuration", redis)
            .With("Redis:InstanceName", _instanceName);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
