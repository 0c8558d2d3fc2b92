using System.Collections.Concurrent;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests;

public sealed class LoggingTests
{
    [Fact]
    public async Task AccountJourney_RegisterConfirmLogInAndReset_LogsNoEmailAddress()
    {
        var sink = new CollectingSink();
        using var factory = new PortalFactory().With("Serilog:MinimumLevel:Default", "Information");
        using var app = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var client = app.CreateClient();
        const string Email = "private.person@test.example";
        const string Passphrase = "lantern harbour quietly glowing";

        var register = await HtmlPage.GetAsync(client, "/Identity/Account/Register");
        await register.SubmitAsync(client, new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Private Person",
            ["Input.Email"] = Email,
            ["Input.Password"] = Passphrase,
            ["Input.ConfirmPassword"] = Passphrase,
        }, "form#registerForm");
        await client.GetAsync(factory.Mailbox.LinkIn(Email, "ConfirmEmail").PathAndQuery);
        await PortalClient.LogInAsync(client, Email, Passphrase);
        await PortalClient.LogInAsync(app.CreateClient(), Email, "a wrong passphrase entirely");
        var forgot = await HtmlPage.GetAsync(client, "/Identity/Account/ForgotPassword");
        await forgot.SubmitAsync(client, new Dictionary<string, string> { ["Input.Email"] = Email }, "main form");

        Assert.NotEmpty(sink.Messages);
        Assert.Contains(sink.Messages, m => m.Contains("pickup folder", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Messages, m => m.Contains("private.person", StringComparison.OrdinalIgnoreCase));
    }

    private sealed class CollectingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<string> _messages = new();

        public IReadOnlyCollection<string> Messages => _messages;

        public void Emit(LogEvent logEvent)
        {
            using var writer = new StringWriter();
            logEvent.RenderMessage(writer);
            foreach (var property in logEvent.Properties)
            {
                writer.Write($" {property.Key}={property.Value}");
            }

            _messages.Enqueue(writer.ToString());
        }
    }
}
