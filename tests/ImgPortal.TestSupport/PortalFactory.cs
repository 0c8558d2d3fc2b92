using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.TestSupport;

/// <summary>
/// The real portal (routing, auth, anti-forgery, views) on its own SQLite file and pickup folder, in the
/// <c>Testing</c> environment: error pages behave as in production, no developer exception page.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.example";
    public const string Password = "correct horse battery staple";

    private readonly Dictionary<string, string?> _settings = [];

    public PortalFactory()
    {
        Root = Path.Combine(Path.GetTempPath(), "imgportal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DatabaseFolder);
        Mailbox = new PickupMailbox(Path.Combine(Root, "mail"));
    }

    public string Root { get; }

    public string DatabaseFolder => Path.Combine(Root, "db");

    /// <summary>The SQLite file the portal uses, unless a test points it elsewhere.</summary>
    public string DatabaseFile => Path.Combine(DatabaseFolder, "portal.db");

    public PickupMailbox Mailbox { get; }

    /// <summary>The names of the rules in the <c>RateLimits</c> section.</summary>
    public static readonly string[] RateLimitRules =
        ["LogInPerClient", "LogInPerAccount", "Register", "ForgotPassword", "ResendConfirmation", "AccountEmailsPerAddress", "TwoFactor", "MentorSignUp", "MentorRequest", "ProgramConfirmation"];

    private bool _realRateLimits;

    /// <summary>Keeps the production rate limits (the factory otherwise raises them so tests never trip them).</summary>
    public PortalFactory UseRealRateLimits()
    {
        _realRateLimits = true;
        return this;
    }

    private System.Net.IPAddress? _remoteAddress;

    /// <summary>Every request seems to come from <paramref name="address"/> (the test server otherwise gives none).</summary>
    public PortalFactory FromAddress(string address)
    {
        _remoteAddress = System.Net.IPAddress.Parse(address);
        return this;
    }

    /// <summary>Overrides one configuration key (null: drop the factory's own override); call before the first client is created.</summary>
    public PortalFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Creates a confirmed user in <paramref name="roles"/> (besides Member) and returns its id.</summary>
    public async Task<string> CreateUserAsync(string email, params string[] roles)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        foreach (var role in roles.Where(r => r != Roles.Member))
        {
            await users.AddToRoleAsync(user, role);
        }

        return user.Id;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ImgPortal"] = $"Data Source={DatabaseFile};Pooling=False",
            ["Database:Provider"] = "Sqlite",
            ["Portal:PublicBaseUrl"] = "http://localhost",
            ["Email:Delivery"] = "Pickup",
            ["Email:PickupDirectory"] = Mailbox.Directory,
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = Password,

            // Reminder e-mails would land in the mailbox tests read; a test that wants them turns them on.
            ["Reminders:Enabled"] = "false",
            ["Alerts:Enabled"] = "false",
            ["SourceWatch:Enabled"] = "false",
            ["Mentoring:SweepEnabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",

            // The test client speaks plain http; one test checks the Secure default (SecurityHeadersTests).
            ["Security:SecureCookies"] = "false",
            ["Serilog:WriteTo:0:Args:configure:1:Name"] = "Console",
        };
        // Every test in a class shares one client address: the limits are raised here, and
        // RateLimitTests runs with the real defaults (UseRealRateLimits).
        if (!_realRateLimits)
        {
            foreach (var rule in RateLimitRules)
            {
                settings[$"RateLimits:{rule}:PermitLimit"] = "100000";
            }
        }

        foreach (var (key, value) in _settings)
        {
            // null removes the factory's own override, so the app's real default applies.
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        if (_remoteAddress is { } remote)
        {
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remote)));
        }

        // UseSetting, not ConfigureAppConfiguration: Program reads the provider and connection string while
        // registering services, before late configuration sources would be applied.
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean from the temp folder.
            }
        }
    }

    /// <summary>Sets the connection's remote address before the portal's pipeline runs.</summary>
    private sealed class RemoteAddressFilter(System.Net.IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
