using System.Data.Common;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.TestSupport;
using ImgPortal.Web.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>The database check's write probe, on the portal's own file opened read-write and read-only.</summary>
public sealed class DatabaseHealthCheckTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task CheckHealthAsync_FileThatCanBeWritten_IsHealthyAndSaysWritable()
    {
        _ = _factory.CreateClient();

        var result = await CheckAsync("ReadWrite");

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(true, result.Data["writable"]);
    }

    [Fact]
    public async Task CheckHealthAsync_FileThatCanOnlyBeRead_IsUnhealthy()
    {
        _ = _factory.CreateClient();

        var result = await CheckAsync("ReadOnly");

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.False(result.Data.ContainsKey("writable"));
    }

    [Fact]
    public async Task CheckHealthAsync_FileThatCannotGrow_IsUnhealthyAndSaysItRefusesWrites()
    {
        _ = _factory.CreateClient();

        var result = await CheckAsync("ReadWrite", new NoMorePagesInterceptor());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal(DatabaseHealthCheck.RefusesWrites, result.Description);
        Assert.False(result.Data.ContainsKey("writable"));
        Assert.True(_factory.Services.GetRequiredService<DatabaseAvailability>().WritesRefused);
    }

    public void Dispose() => _factory.Dispose();

    // A context on the portal's file as SQLite opens it when the file or its mount refuses writes (as root, chmod does not).
    private async Task<HealthCheckResult> CheckAsync(string mode, params IInterceptor[] interceptors)
    {
        await using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite($"Data Source={_factory.DatabaseFile};Mode={mode};Pooling=False").AddInterceptors(interceptors).Options);
        var check = new DatabaseHealthCheck(
            db,
            _factory.Services.GetRequiredService<IOptions<DatabaseOptions>>(),
            _factory.Services.GetRequiredService<DatabaseAvailability>(),
            _factory.Services.GetRequiredService<DatabaseFaultInterceptor>(),
            _factory.Services.GetRequiredService<IFreeDiskSpace>());
        return await check.CheckHealthAsync(new HealthCheckContext());
    }

    /// <summary>The fault of a full disk, on the probe's own connection: SQLite may add no page to the file (SQLITE_FULL).</summary>
    private sealed class NoMorePagesInterceptor : DbConnectionInterceptor
    {
        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();

            // It cannot go below the file's size: the file may keep the pages it has and take no new one.
            command.CommandText = "PRAGMA max_page_count = 1;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
