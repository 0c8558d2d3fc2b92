using System.Net;
using System.Text;
using ImgPortal.FunctionalTests.Scaling;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.FunctionalTests.Operations;

/// <summary>
/// What reaches the request log, the console and the log file: links that carry a secret are written redacted,
/// and control characters in a request never start a line of their own (docs/operations.md, Logging).
/// </summary>
public sealed class LogSafetyTests
{
    private const string FileSink = "Serilog:WriteTo:0:Args:configure:1";

    [Fact]
    public async Task RequestLog_LinksThatCarryASecret_AreLoggedRedacted()
    {
        var secret = $"Secret{Guid.NewGuid():N}";
        var sink = new CollectingLogSink();
        using var factory = new PortalFactory()
            .With("Serilog:MinimumLevel:Default", "Information")
            .With("Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics", "Information");
        using var app = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink)));
        var client = app.CreateClient();

        await client.GetAsync($"/calendar/{secret}.ics");
        await client.GetAsync($"/mentoring/check-in?token={secret}");
        await client.GetAsync($"/Identity/Account/ConfirmEmail?userId={secret}&code={secret}");
        await client.GetAsync($"/Identity/Account/ResetPassword?code={secret}");

        var requestPaths = sink.Events
            .Where(e => e.Properties.ContainsKey("StatusCode") && e.Properties.ContainsKey("Elapsed"))
            .Select(e => ((ScalarValue)e.Properties["RequestPath"]).Value as string)
            .ToList();
        Assert.Contains("/calendar/***.ics", requestPaths);
        Assert.DoesNotContain(sink.Events, e => Written(e).Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConsoleAndFile_ControlCharactersInThePathAndQuery_NeverStartANewLine()
    {
        var root = Path.Combine(Path.GetTempPath(), "imgportal-tests", Guid.NewGuid().ToString("N"));
        var logs = Path.Combine(root, "logs");
        Directory.CreateDirectory(Path.Combine(root, "db"));
        var forged = $"FORGED{Guid.NewGuid():N}";
        var secret = $"Secret{Guid.NewGuid():N}";
        var done = $"/log-safety-done-{Guid.NewGuid():N}";
        try
        {
            using var portal = await PortalProcess.StartAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings:ImgPortal"] = $"Data Source={Path.Combine(root, "db", "portal.db")}",
                ["Database:Provider"] = "Sqlite",
                ["Portal:PublicBaseUrl"] = "http://127.0.0.1",
                ["Email:Delivery"] = "Pickup",
                ["Email:PickupDirectory"] = Path.Combine(root, "mail"),
                ["Reminders:Enabled"] = "false",
                ["SourceWatch:Enabled"] = "false",
                ["Mentoring:SweepEnabled"] = "false",
                ["Security:SecureCookies"] = "false",
                ["Serilog:MinimumLevel:Default"] = "Information",
                ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
                [$"{FileSink}:Args:path"] = Path.Combine(logs, "imgportal-.log"),
            });
            using var client = portal.Client(new CookieContainer());

            await client.GetAsync($"/forged%0d%0a[12:00:00 INF] {forged}%E2%80%A8{forged}?q=%0d%0a{forged}");
            await client.GetAsync($"/calendar/{secret}.ics");
            await client.GetAsync($"/mentoring/check-in?token={secret}");
            await client.GetAsync($"/Identity/Account/ConfirmEmail?userId={secret}&code={secret}");
            await client.GetAsync(done);
            var console = await WhenWrittenAsync(() => portal.Output, done);
            var file = await WhenWrittenAsync(() => CompleteLines(logs), done);

            foreach (var output in new[] { console, file })
            {
                var lines = output.Split('\n', '\r', '\u2028', '\u2029', '\u0085');
                Assert.Contains(lines, line => line.Contains($"HTTP GET /forged\\r\\n[12:00:00 INF] {forged}\\u2028{forged} responded 404", StringComparison.Ordinal));
                Assert.All(lines.Where(line => line.Contains(forged, StringComparison.Ordinal)), line =>
                    Assert.InRange(line.IndexOf("/forged", StringComparison.Ordinal), 0, line.IndexOf(forged, StringComparison.Ordinal)));
                Assert.Contains("HTTP GET /calendar/***.ics responded", output, StringComparison.Ordinal);
                Assert.Contains("/mentoring/check-in?token=***", output, StringComparison.Ordinal);
                Assert.Contains("/Identity/Account/ConfirmEmail?userId=***&code=***", output, StringComparison.Ordinal);
                Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open; the temp folder is cleaned later.
            }
        }
    }

    /// <summary>The event as a sink could write it: the message and every property.</summary>
    private static string Written(LogEvent logEvent) =>
        logEvent.RenderMessage() + string.Concat(logEvent.Properties.Select(p => $" {p.Key}={p.Value}"));

    /// <summary>Waits (at most a minute) until <paramref name="read"/> holds <paramref name="marker"/>: the portal writes its log asynchronously.</summary>
    private static async Task<string> WhenWrittenAsync(Func<string> read, string marker)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        var text = read();
        while (!text.Contains(marker, StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            text = read();
        }

        return text;
    }

    /// <summary>
    /// The log files' finished lines: the process is still running, so the file is opened beside its writer
    /// (read-write sharing) and a last line not yet ended by its newline is left for a later read.
    /// </summary>
    private static string CompleteLines(string folder)
    {
        var text = new StringBuilder();
        foreach (var path in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.log") : [])
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var content = reader.ReadToEnd();
            text.Append(content.AsSpan(0, content.LastIndexOf('\n') + 1));
        }

        return text.ToString();
    }
}
