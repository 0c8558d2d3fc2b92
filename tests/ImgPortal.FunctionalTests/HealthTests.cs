using System.Net;
using System.Text.Json;
using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests;

public sealed class HealthTests
{
    [Fact]
    public async Task Get_Health_ReportsAHealthyDatabaseAsJson()
    {
        using var factory = new PortalFactory().FromAddress("10.1.2.3").With("Health:DetailsNetworks:0", "10.0.0.0/8");
        var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var database = json.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal("Healthy", database.GetProperty("status").GetString());
        Assert.Equal("Sqlite", database.GetProperty("data").GetProperty("provider").GetString());
        Assert.Equal(0, database.GetProperty("data").GetProperty("pendingMigrations").GetInt32());
    }

    [Fact]
    public async Task Get_Health_WhenTheDatabaseIsUnreachable_Answers503()
    {
        using var factory = new PortalFactory().FromAddress("10.1.2.3").With("Health:DetailsNetworks:0", "10.0.0.0/8");
        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        Directory.Delete(factory.DatabaseFolder, recursive: true);
        var response = await client.GetAsync("/health");
        var live = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/health/live")]
    public async Task Get_Health_FromAStranger_SaysOnlyTheStatus(string url)
    {
        using var factory = new PortalFactory().FromAddress("203.0.113.7").With("Health:DetailsNetworks:0", "10.0.0.0/8");
        var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(["status"], json.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task Get_Health_AsStaff_ShowsTheChecks()
    {
        using var factory = new PortalFactory();
        var client = await PortalClient.AsRoleAsync(factory, ImgPortal.Core.Common.Roles.Staff);

        var response = await client.GetAsync("/health");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Sqlite", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("data").GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Get_Health_AsAMember_SaysOnlyTheStatus()
    {
        using var factory = new PortalFactory();
        var client = await PortalClient.AsRoleAsync(factory, ImgPortal.Core.Common.Roles.Member);

        var response = await client.GetAsync("/health");

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(json.RootElement.TryGetProperty("checks", out _));
    }
}
