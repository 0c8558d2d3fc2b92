using System.Net;
using System.Text.Json;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.TestSupport;
using ImgPortal.Web.Health;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// A write refused for a full disk (SQLITE_FULL, as a request's write or commit reports it) while reads still work:
/// <c>/health</c> is unhealthy until a write reaches the database again, and the outage is logged once, not per call.
/// </summary>
public sealed class WriteRefusedHealthTests : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly WebApplicationFactory<Program> _app;
    private readonly CollectingLogSink _log = new();

    public WriteRefusedHealthTests()
    {
        _factory = new PortalFactory().With("Serilog:MinimumLevel:Default", "Information")
            .FromAddress("10.1.2.3").With("Health:DetailsNetworks:0", "10.0.0.0/8");
        _app = _factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILogEventSink>(_log);

                // The injected failure is reported while the database still takes writes, so any write of the portal's
                // own background jobs (the outbox, the job lease, reminders) would end the outage between two requests,
                // as it rightly does in production. Without them, only the test's own write ends it.
                foreach (var job in services.Where(d => d.ServiceType == typeof(IHostedService)
                             && d.ImplementationType?.Namespace?.StartsWith("ImgPortal", StringComparison.Ordinal) == true).ToList())
                {
                    services.Remove(job);
                }
            }));
    }

    [Fact]
    public async Task Health_AfterAWriteRefusedForAFullDisk_IsUnhealthyWhileReadsWorkUntilAWriteSucceeds_LoggedOnce()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        _log.Clear();

        _app.Services.GetRequiredService<DatabaseAvailability>()
            .ReportFailure(new SqliteException("SQLite Error 13: 'database or disk is full'.", 13));
        var first = await client.GetAsync("/health");
        var read = await client.GetAsync("/search?q=visa");
        var second = await client.GetAsync("/health/ready");
        var third = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, third.StatusCode);
        using (var json = JsonDocument.Parse(await third.Content.ReadAsStringAsync()))
        {
            var database = json.RootElement.GetProperty("checks").GetProperty("database");
            Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
            Assert.Equal(DatabaseHealthCheck.RefusesWrites, database.GetProperty("description").GetString());
        }

        // Any write of the portal's that reaches the database ends it: here a new account.
        using (var scope = _app.Services.CreateScope())
        {
            var email = $"writer-{Guid.NewGuid():N}@test.example";
            var created = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>()
                .CreateAsync(new ApplicationUser { UserName = email, Email = email }, PortalFactory.Password);
            Assert.True(created.Succeeded);
        }

        var after = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Single(_log.Messages(), m => m.Contains("database is unavailable", StringComparison.Ordinal));
        Assert.Single(_log.Messages(), m => m.Contains("database is available again", StringComparison.Ordinal));
        Assert.DoesNotContain(_log.Events, e => e.Level >= LogEventLevel.Error
            && !e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal)
            && !e.RenderMessage().Contains("database is unavailable", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
