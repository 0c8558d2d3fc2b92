using System.Net;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using ImgPortal.Web.Background;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ImgPortal.FunctionalTests.Scaling;

/// <summary>Two portal instances over one database and one real Redis server, as behind a load balancer.</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly RedisServer _redis = new();
    private readonly PortalFactory _first;
    private readonly PortalFactory _second;

    private readonly ProbeRuns _probeRuns = new();
    private readonly WebApplicationFactory<Program> _firstHost;
    private readonly WebApplicationFactory<Program> _secondHost;

    public TwoInstancesTests()
    {
        _first = new PortalFactory().With("Redis:Configuration", _redis.Configuration);
        _firstHost = _first.WithWebHostBuilder(WithProbeJob);
        _firstHost.CreateClient().Dispose(); // Starts, migrates and seeds the shared database.
        _second = new PortalFactory()
            .With("Redis:Configuration", _redis.Configuration)
            .With("ConnectionStrings:ImgPortal", $"Data Source={_first.DatabaseFile};Pooling=False")
            .With("Database:ApplyMigrationsOnStartup", "false");
        _secondHost = _second.WithWebHostBuilder(WithProbeJob);
        _secondHost.CreateClient().Dispose();
    }

    public void Dispose()
    {
        _secondHost.Dispose();
        _second.Dispose();
        _firstHost.Dispose();
        _first.Dispose();
        _redis.Dispose();
    }

    [Fact]
    public async Task ScheduledJob_BothInstancesRunningIt_RunsOnce()
    {
        var jobs = new[] { _firstHost, _secondHost }
            .Select(host => host.Services.GetServices<IHostedService>().OfType<ProbeJob>().Single())
            .ToList();

        await Task.WhenAll(jobs.Select(job => job.RunOnceAsync(CancellationToken.None)));

        Assert.Equal(1, _probeRuns.Count);
    }

    [Fact]
    public async Task LogIn_OnOneInstance_IsSignedInOnTheOther()
    {
        var cookies = new CookieContainer();
        var email = $"two-instances-{Guid.NewGuid():N}@test.example";
        await _first.CreateUserAsync(email);
        var onFirst = _firstHost.CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(cookies));
        var onSecond = _secondHost.CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(cookies));

        await PortalClient.LogInAsync(onFirst, email, PortalFactory.Password);
        var profile = await HtmlPage.GetAsync(onSecond, "/profile");

        Assert.Equal(HttpStatusCode.OK, profile.Status);
        Assert.Equal("/profile", profile.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(profile.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task ChangeThroughOneInstance_PageCachedByTheOther_IsFreshAtOnce()
    {
        var visitorOnSecond = _secondHost.CreateClient();
        var before = await HtmlPage.GetAsync(visitorOnSecond, "/contact");
        await HtmlPage.GetAsync(visitorOnSecond, "/contact"); // Now served from the shared output cache.
        var office = $"Office renamed {Guid.NewGuid():N}";

        await using (var scope = _firstHost.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var contact = await db.ContactPoints.OrderBy(c => c.SortOrder).FirstAsync();
            contact.Office = office;
            await db.SaveChangesAsync();
        }

        var after = await HtmlPage.GetAsync(visitorOnSecond, "/contact");

        Assert.DoesNotContain(office, before.MainText, StringComparison.Ordinal);
        Assert.Contains(office, after.MainText, StringComparison.Ordinal);
    }

    private void WithProbeJob(IWebHostBuilder builder) =>
        builder.ConfigureServices(services =>
        {
            services.AddSingleton(_probeRuns);
            services.AddHostedService<ProbeJob>();
        });

    /// <summary>Counts the probe job's runs across both instances.</summary>
    public sealed class ProbeRuns
    {
        private int _count;

        public int Count => _count;

        public void Add() => Interlocked.Increment(ref _count);
    }

    /// <summary>
    /// A background job built like scheduled publishing that counts its runs. Its own timer is off, so the test
    /// decides when the two instances' runs race (both at once, each through the real lease over the shared file).
    /// </summary>
    public sealed class ProbeJob(
        IServiceScopeFactory scopes, BackgroundHeartbeats heartbeats, TimeProvider clock, ILogger<ProbeJob> logger, ProbeRuns runs)
        : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
    {
        public override string Name => "Two-instance probe";

        protected override bool Enabled => false;

        protected override TimeSpan Interval => TimeSpan.FromHours(1);

        protected override Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
        {
            runs.Add();
            return Task.FromResult(1);
        }
    }
}
