using ImgPortal.Infrastructure;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace ImgPortal.IntegrationTests;

/// <summary>
/// A real SQLite database in a temp file, wired exactly as the portal wires it (<c>AddInfrastructure</c>, <c>AddPortalFeatures</c>)
/// plus Identity's stores, so migrations, seeding and queries run as in production.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string AdminEmail = "admin@integration.example";
    public const string AdminPassword = "an integration test passphrase";

    private readonly ServiceProvider _services;

    private TestDatabase(string folder, ServiceProvider services)
    {
        Folder = folder;
        _services = services;
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, "portal.db");

    public static async Task<TestDatabase> CreateAsync(
        bool initialize = true, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "imgportal-integration", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var config = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ImgPortal"] = $"Data Source={Path.Combine(folder, "portal.db")};Pooling=False",
            ["Email:Delivery"] = "Pickup",
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = AdminPassword,
            ["Portal:Organization:Name"] = "Medical Society of the State of New York",
            ["Portal:Organization:ShortName"] = "MSSNY",
            ["Portal:Organization:Address"] = "865 Merrick Avenue, Westbury, New York 11590",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var environment = new Mock<IHostEnvironment>();
        environment.SetupGet(e => e.ContentRootPath).Returns(folder);
        environment.SetupGet(e => e.EnvironmentName).Returns("Testing");

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddInfrastructure(configuration, environment.Object);
        services.AddPortalFeatures(configuration, environment.Object);
        services.AddIdentityCore<ApplicationUser>(PortalIdentityOptions.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.AddSingleton(Profiles.ReminderServiceTests.PlainComposer());
        configure?.Invoke(services);

        var database = new TestDatabase(folder, services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
        if (initialize)
        {
            await database.InitializeAsync();
        }

        return database;
    }

    public async Task InitializeAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
    }

    /// <summary>A fresh scope: a new context, as each web request would get.</summary>
    public AsyncServiceScope Scope() => _services.CreateAsyncScope();

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleanup.
        }
    }
}
