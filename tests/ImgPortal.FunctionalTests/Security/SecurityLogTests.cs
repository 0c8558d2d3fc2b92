using System.Collections.Concurrent;
using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests.Security;

/// <summary>
/// What the host's Serilog logger (the one that writes the rolling file) receives: a sink added beside the
/// configured ones sees exactly what the file sink sees.
/// </summary>
public sealed class SecurityLogTests
{
    private const string Secret = "my very secret wrong passphrase";

    [Fact]
    public async Task SecurityEvents_AreLoggedOnceEachWithUserIdsAndNoAddressOrSecret()
    {
        var sink = new CollectingSink();
        using var factory = new PortalFactory()
            .With("RateLimits:ForgotPassword:PermitLimit", "1")
            .With("Serilog:MinimumLevel:Default", "Information");
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        const string Email = "named.person@test.example";
        var userId = await CreateUserAsync(app, Email);
        var anonymous = app.CreateClient();

        for (var i = 0; i < PortalIdentityOptions.MaxFailedAccessAttempts; i++)
        {
            await PortalClient.LogInAsync(anonymous, Email, Secret);
        }

        await PortalClient.LogInAsync(anonymous, Email, PortalFactory.Password);
        var forgot = await HtmlPage.GetAsync(anonymous, "/Identity/Account/ForgotPassword");
        await forgot.SubmitAsync(anonymous, new Dictionary<string, string> { ["Input.Email"] = Email });
        await forgot.SubmitAsync(anonymous, new Dictionary<string, string> { ["Input.Email"] = Email });
        var text = sink.Text;

        Assert.Equal(PortalIdentityOptions.MaxFailedAccessAttempts - 1, Count(text, $"Failed log-in for account \"{userId}\""));
        Assert.Equal(1, Count(text, $"Account \"{userId}\" locked out after failed log-ins"));
        Assert.Equal(1, Count(text, $"Log-in refused: account \"{userId}\" is locked out"));
        Assert.Equal(1, Count(text, "Rate limit \"forgot-password\" refused"));
        Assert.Contains("HTTP \"GET\" \"/Identity/Account/ForgotPassword\" responded 200", text, StringComparison.Ordinal);
        Assert.DoesNotContain("named.person", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(PortalFactory.Password, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusedAccessAndAntiforgeryFailures_AreLoggedOnceEachWithTheUserId()
    {
        var sink = new CollectingSink();
        using var factory = new PortalFactory().With("Serilog:MinimumLevel:Default", "Information");
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var email = $"member-{Guid.NewGuid():N}@test.example";
        var userId = await CreateUserAsync(app, email);
        var member = app.CreateClient();
        await PortalClient.LogInAsync(member, email, PortalFactory.Password);

        await member.GetAsync("/staff");
        await member.PostAsync("/profile", new FormUrlEncodedContent([new("MedicalSchoolCountry", "Nowhere")]));
        var text = sink.Text;

        Assert.Equal(1, Count(text, $"Access refused (403) on \"/staff\" for \"{userId}\""));
        Assert.Equal(1, Count(text, $"Anti-forgery validation failed on \"/profile\" for \"{userId}\""));
        Assert.DoesNotContain(email, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnhandledException_IsLoggedWithOneStackTraceAndTheRequestLine()
    {
        var sink = new CollectingSink();
        using var factory = new PortalFactory().With("Serilog:MinimumLevel:Default", "Information");
        var profiles = new Mock<IProfileService>();
        profiles.Setup(p => p.GetOwnAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("a deliberate failure"));
        using var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.AddSingleton<ILogEventSink>(sink);
            s.AddScoped(_ => profiles.Object);
        }));
        var email = $"boom-{Guid.NewGuid():N}@test.example";
        await CreateUserAsync(app, email, signedInBefore: true);
        // Not following the log-in's redirect: a member without a profile lands on /profile, which would fail once more.
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);

        var response = await client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Single(sink.Events, e => e.Exception is InvalidOperationException { Message: "a deliberate failure" });
        Assert.Contains("HTTP \"GET\" \"/profile\" responded 500", sink.Text, StringComparison.Ordinal);
    }

    private static int Count(string text, string fragment) =>
        text.Split('\n').Count(line => line.Contains(fragment, StringComparison.Ordinal));

    private static async Task<string> CreateUserAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string email, bool signedInBefore = false)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, LastSignedInAtUtc = signedInBefore ? DateTime.UtcNow : null };
        var result = await users.CreateAsync(user, PortalFactory.Password);
        Assert.True(result.Succeeded);
        return user.Id;
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyCollection<LogEvent> Events => _events;

        public string Text => string.Join('\n', _events.Select(e =>
        {
            using var writer = new StringWriter();
            e.RenderMessage(writer);
            writer.Write(' ');
            writer.Write(e.Exception?.ToString().ReplaceLineEndings(" ") ?? string.Empty);
            return writer.ToString();
        }));

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
