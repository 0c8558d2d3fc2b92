using System.Net;
using System.Text.Json;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.TestSupport;
using ImgPortal.Web.Health;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Resilience;

/// <summary>
/// A disk filling up shows in <c>/health</c> before any write is refused: Degraded under
/// <c>Database:MinFreeDiskMegabytes</c>, Unhealthy when it is full, read from the disk that holds the database file.
/// </summary>
public sealed class FreeDiskSpaceHealthTests : IDisposable
{
    private readonly PortalFactory _factory = new PortalFactory()
        .FromAddress("10.1.2.3").With("Health:DetailsNetworks:0", "10.0.0.0/8").With("Database:MinFreeDiskMegabytes", "64");

    private readonly FakeDisk _disk = new();

    [Fact]
    public async Task Health_DiskBelowTheMinimum_IsDegradedNamingTheFreeSpaceAndTheSetting()
    {
        using var app = AppWith(_disk);
        var client = app.CreateClient();
        _disk.Free = 10L * 1024 * 1024;

        var (status, database) = await DatabaseCheckAsync(client);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", database.Status);
        Assert.Contains("10 MB free", database.Description, StringComparison.Ordinal);
        Assert.Contains("Database:MinFreeDiskMegabytes", database.Description, StringComparison.Ordinal);
        Assert.Equal(Path.GetFullPath(_factory.DatabaseFolder), _disk.AskedFor);
    }

    [Fact]
    public async Task Health_DiskFullBeforeAnyWriteIsRefused_IsUnhealthy_AndHealthyOnceSpaceIsBack()
    {
        using var app = AppWith(_disk);
        var client = app.CreateClient();
        _disk.Free = 200 * 1024;

        var (full, database) = await DatabaseCheckAsync(client);
        _disk.Free = 5L * 1024 * 1024 * 1024;
        var (freed, after) = await DatabaseCheckAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, full);
        Assert.Equal(("Unhealthy", DatabaseHealthCheck.DiskFull), (database.Status, database.Description));
        Assert.Equal(HttpStatusCode.OK, freed);
        Assert.Equal("Healthy", after.Status);
    }

    [Fact]
    public void FreeDiskSpace_OfARealFolder_IsReadFromTheOperatingSystem()
    {
        var free = new FreeDiskSpace().AvailableBytes(Path.GetTempPath());

        Assert.NotNull(free);
        Assert.True(free > 0);
    }

    private WebApplicationFactory<Program> AppWith(IFreeDiskSpace disk) =>
        _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(disk)));

    private static async Task<(HttpStatusCode Status, (string Status, string Description) Database)> DatabaseCheckAsync(HttpClient client)
    {
        var response = await client.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var database = json.RootElement.GetProperty("checks").GetProperty("database");
        return (response.StatusCode, (database.GetProperty("status").GetString()!, database.GetProperty("description").GetString()!));
    }

    public void Dispose() => _factory.Dispose();

    private sealed class FakeDisk : IFreeDiskSpace
    {
        public long Free { get; set; } = long.MaxValue;

        public string? AskedFor { get; private set; }

        public long? AvailableBytes(string folder)
        {
            AskedFor = folder;
            return Free;
        }
    }
}
