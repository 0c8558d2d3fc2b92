using ImgPortal.TestSupport;

namespace ImgPortal.FunctionalTests.Scaling;

/// <summary>
/// Two portal processes over one SQLite file, one pickup folder and one real Redis server, started once for
/// <see cref="TwoProcessesTests"/>: the first migrates and seeds, the second only joins.
/// </summary>
public sealed class TwoPortalProcesses : IAsyncLifetime
{
    public const string AdminEmail = "admin@test.example";
    public const string AdminPassword = "correct horse battery staple";

    /// <summary>The Register limit both processes count against (the production default, stated here).</summary>
    public const int RegisterLimit = 5;

    private readonly RedisServer _redis = new();
    private readonly string _root = Path.Combine(Path.GetTempPath(), "imgportal-tests", Guid.NewGuid().ToString("N"));

    public PortalProcess First { get; private set; } = null!;

    public PortalProcess Second { get; private set; } = null!;

    public PickupMailbox Mailbox { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "db"));
        Mailbox = new PickupMailbox(Path.Combine(_root, "mail"));
        var database = Path.Combine(_root, "db", "portal.db");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:ImgPortal"] = $"Data Source={database}",
            ["Database:Provider"] = "Sqlite",
            ["Portal:PublicBaseUrl"] = "http://127.0.0.1",
            ["Redis:Configuration"] = _redis.Configuration,
            ["Redis:InstanceName"] = $"tests-{Guid.NewGuid():N}:",
            ["Email:Delivery"] = "Pickup",
            ["Email:PickupDirectory"] = Mailbox.Directory,
            ["Email:Outbox:DispatchOnEnqueue"] = "false",
            ["Email:Outbox:PollSeconds"] = "1",
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = AdminPassword,
            ["Reminders:Enabled"] = "false",
            ["SourceWatch:Enabled"] = "false",
            ["Mentoring:SweepEnabled"] = "false",
            ["Security:SecureCookies"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Serilog:WriteTo:0:Args:configure:1:Name"] = "Console",
            ["RateLimits:Register:PermitLimit"] = RegisterLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimits:ForgotPassword:PermitLimit"] = "100000",
            ["RateLimits:LogInPerClient:PermitLimit"] = "100000",
            ["RateLimits:LogInPerAccount:PermitLimit"] = "100000",
        };
        First = await PortalProcess.StartAsync(settings);
        settings["Database:SeedOnStartup"] = "false";
        Second = await PortalProcess.StartAsync(settings);
    }

    public Task DisposeAsync()
    {
        Second?.Dispose();
        First?.Dispose();
        _redis.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned later.
        }

        return Task.CompletedTask;
    }
}
