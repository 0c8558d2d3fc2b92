using System.Net;
using System.Text.Json;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>The SQLite file moved away under a running portal, and back: 503 pages, health, one log line, recovery.</summary>
public sealed class DatabaseFaultTests : IDisposable
{
    private readonly PortalFactory _factory;
    private readonly WebApplicationFactory<Program> _app;
    private readonly CollectingLogSink _log = new();
    private readonly SqliteFileMover _mover;

    public DatabaseFaultTests()
    {
        // Connection pooling on, as in production: a pooled connection must not outlive the file it opened.
        _factory = new PortalFactory().With("Serilog:MinimumLevel:Default", "Information")
            .FromAddress("10.1.2.3").With("Health:DetailsNetworks:0", "10.0.0.0/8");
        _factory.With("ConnectionStrings:ImgPortal", $"Data Source={_factory.DatabaseFile}");
        _app = _factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(_log)));
        _mover = new SqliteFileMover(_factory.DatabaseFile);
    }

    [Fact]
    public async Task Get_PageThatNeedsTheDatabase_WhileItsFileIsMissing_AnswersFriendly503AndCreatesNoNewDatabase()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=visa")).StatusCode);

        _mover.MoveAway();
        var page = await HtmlPage.GetAsync(client, "/search?q=residency");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Equal("The portal is temporarily unavailable", page.Heading);
        Assert.Contains("try again in a minute or two", page.MainText, StringComparison.Ordinal);
        Assert.NotNull(page.Response.Headers.RetryAfter);
        Assert.False(File.Exists(_factory.DatabaseFile), "A new, empty database was created in place of the missing one.");
    }

    [Fact]
    public async Task Get_Roadmap_SignedInWhileTheDatabaseIsMissing_AnswersFriendly503()
    {
        await _factory.CreateUserAsync("member@test.example");
        var client = _app.CreateClient();
        await PortalClient.LogInAsync(client, "member@test.example", PortalFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/roadmap")).StatusCode);

        _mover.MoveAway();
        var page = await HtmlPage.GetAsync(client, "/roadmap");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Equal("The portal is temporarily unavailable", page.Heading);
    }

    [Fact]
    public async Task Health_WhileTheDatabaseIsMissing_ReadinessFailsAndLivenessHolds()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        _mover.MoveAway();
        var health = await client.GetAsync("/health");
        var ready = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Get_ManyRequestsDuringAnOutage_LogTheReasonOnceAndTheRecoveryOnce()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=visa")).StatusCode);
        _log.Clear();

        _mover.MoveAway();
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync($"/search?q=outage{i}")).StatusCode);
        }

        _mover.MoveBack();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=back")).StatusCode);

        var reasons = _log.Messages(LogEventLevel.Warning).Where(m => m.Contains("database is unavailable", StringComparison.Ordinal)).ToList();
        Assert.Single(reasons);
        Assert.Contains("missing", reasons[0], StringComparison.Ordinal);
        Assert.Single(_log.Messages(), m => m.Contains("database is available again", StringComparison.Ordinal));
        var otherErrors = _log.Events
            .Where(e => e.Level >= LogEventLevel.Error && !e.RenderMessage().Contains("database is unavailable", StringComparison.Ordinal))
            .Where(e => !e.Properties.ContainsKey("RequestPath"))
            .ToList();
        Assert.Empty(otherErrors);
    }

    [Fact]
    public async Task Get_AfterTheFileReturns_RecoversWithoutARestartAndKeepsTheData()
    {
        await _factory.CreateUserAsync("kept@test.example");
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=visa")).StatusCode);
        _mover.MoveAway();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/search?q=gone")).StatusCode);

        _mover.MoveBack();
        var search = await client.GetAsync("/search?q=back");
        var ready = await client.GetAsync("/health/ready");
        var login = await PortalClient.LogInAsync(client, "kept@test.example", PortalFactory.Password);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.NotNull(login.Document.QuerySelector("form#logout-form"));
    }

    [Fact]
    public async Task Health_AfterAnotherFileIsRenamedOverTheDatabase_IsUnhealthyAndPagesAnswer503()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        ReplaceTheDatabaseWithACopy();
        var ready = await client.GetAsync("/health/ready");
        var page = await client.GetAsync("/search?q=replaced");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        var database = json.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.Contains("not the one the portal started with", database.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
    }

    [Fact]
    public async Task Health_CalledManyTimesDuringAnOutage_LogsTheOutageOnceAndNoOtherError()
    {
        var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        _log.Clear();

        _mover.MoveAway();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(i % 2 == 0 ? "/health" : "/health/ready")).StatusCode);
        }

        // Every line but the request log's own "HTTP GET /health responded 503" line.
        var errors = _log.Events
            .Where(e => e.Level >= LogEventLevel.Error && !e.MessageTemplate.Text.StartsWith("HTTP ", StringComparison.Ordinal))
            .ToList();
        var error = Assert.Single(errors);
        Assert.Contains("database is unavailable", error.RenderMessage(), StringComparison.Ordinal);
    }

    // A consistent copy of the database (VACUUM INTO), renamed over it: the path stays valid, the file is another.
    private void ReplaceTheDatabaseWithACopy()
    {
        var copy = _factory.DatabaseFile + ".copy";
        using (var connection = new SqliteConnection($"Data Source={_factory.DatabaseFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"VACUUM INTO '{copy}'";
            command.ExecuteNonQuery();
        }

        File.Move(copy, _factory.DatabaseFile, overwrite: true);
    }

    public void Dispose()
    {
        _app.Dispose();
        _factory.Dispose();
    }
}
