// Checks SOURCES local sources spread over HOSTS loopback addresses (127.0.0.1 .. 127.0.0.HOSTS) with the real
// runner, fetcher and database, and prints the duration and peak memory. Nothing leaves the machine.
using System.Diagnostics;
using System.Net;
using ImgPortal.Core.Common;
using ImgPortal.Core.SourceWatch;
using ImgPortal.Infrastructure;
using ImgPortal.Infrastructure.Data;
using ImgPortal.Infrastructure.Data.Seed;
using ImgPortal.Infrastructure.Identity;
using ImgPortal.Infrastructure.SourceWatch;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

var sources = int.Parse(Environment.GetEnvironmentVariable("SOURCES") ?? "1000", System.Globalization.CultureInfo.InvariantCulture);
var hosts = int.Parse(Environment.GetEnvironmentVariable("HOSTS") ?? "50", System.Globalization.CultureInfo.InvariantCulture);
var parallel = Environment.GetEnvironmentVariable("PARALLEL_HOSTS") ?? "50";
var port = int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "18724", System.Globalization.CultureInfo.InvariantCulture);

// The site: every page a paragraph of text with its own number; 1 in 10 changes between the two runs.
var round = 0;
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(k =>
{
    for (var h = 1; h <= hosts; h++)
    {
        k.Listen(IPAddress.Parse($"127.0.0.{h}"), port);
    }
});
var site = builder.Build();
site.Run(async context =>
{
    if (context.Request.Path == "/robots.txt")
    {
        context.Response.StatusCode = 404;
        return;
    }

    var n = int.Parse(context.Request.Path.Value!.Trim('/').Split('-')[^1], System.Globalization.CultureInfo.InvariantCulture);
    var changed = round > 0 && n % 10 == 0 ? " The rule changed." : string.Empty;
    context.Response.ContentType = "text/html; charset=utf-8";
    await context.Response.WriteAsync($"<html><body><nav>Menu</nav><main><h1>Source {n}</h1><p>{string.Concat(Enumerable.Repeat("Applicants need three years of supervised practice. ", 200))}{changed}</p><p>Updated December 7, 2026</p></main></body></html>");
});
await site.StartAsync();

var folder = Path.Combine(Path.GetTempPath(), "imgportal-bench-sources", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ConnectionStrings:ImgPortal"] = $"Data Source={Path.Combine(folder, "bench.db")};Pooling=False",
    ["Email:Delivery"] = "Pickup",
    ["Seed:AdminEmail"] = "bench@bench.example",
    ["Seed:AdminPassword"] = "a bench passphrase for the administrator",
    ["Portal:PublicBaseUrl"] = "https://portal.bench",
    ["Portal:Organization:Name"] = "Bench Medical Society",
    ["Portal:Organization:ShortName"] = "Bench",
    ["Portal:Organization:Address"] = "1 Bench Street, Benchville, New York 10000",
    ["SourceWatch:ContactAddress"] = "sources@portal.bench",
    ["SourceWatch:AllowPrivateAddresses"] = "true",
    ["SourceWatch:MaxParallelHosts"] = parallel,
}).Build();
var services = new ServiceCollection();
services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("ImgPortal.Infrastructure.SourceWatch", LogLevel.Information));
services.AddSingleton<IHostEnvironment>(new BenchEnvironment(folder));
services.AddInfrastructure(configuration, new BenchEnvironment(folder));
services.AddPortalFeatures(configuration, new BenchEnvironment(folder));
services.AddIdentityCore<ApplicationUser>(PortalIdentityOptions.Apply).AddRoles<IdentityRole>().AddEntityFrameworkStores<AppDbContext>().AddUserManager<PortalUserManager>();
services.AddSingleton<IEmailComposer>(new BenchComposer());

// Only the bench's addresses are cited: the seeded content's real ones are never fetched.
services.RemoveAll<ICitationProvider>();
services.AddScoped<ICitationProvider>(_ => new BenchCitations(sources, hosts, port));
await using var provider = services.BuildServiceProvider();
await using (var scope = provider.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
}

for (round = 0; round < 2; round++)
{
    GC.Collect();
    var watch = Stopwatch.StartNew();
    await using var scope = provider.CreateAsyncScope();
    var run = await scope.ServiceProvider.GetRequiredService<SourceWatchRunner>().RunAsync(CancellationToken.None);
    Console.WriteLine($"run {round + 1}: {run.Checked} sources on {hosts} hosts ({parallel} at once, 1 s between requests per host) in {watch.Elapsed.TotalSeconds:0.0} s; {run.Failing} failing; {run.TasksOpened} tasks opened; managed heap {GC.GetTotalMemory(false) / 1048576.0:0} MB");
}

Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0} MB");
await site.StopAsync();
Directory.Delete(folder, recursive: true);

internal sealed class BenchCitations(int sources, int hosts, int port) : ICitationProvider
{
    public string Kind => "bench";

    public Task<IReadOnlyList<Citation>> ListAsync(IAppDbContext db, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Citation>>([.. Enumerable.Range(0, sources).Select(i =>
            new Citation($"http://127.0.0.{(i % hosts) + 1}:{port}/source-{i}", Kind, i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Bench item {i}", "/staff"))]);

    public Task<bool> MarkCheckedAsync(IAppDbContext db, string itemKey, string normalizedUrl, DateOnly on, CancellationToken cancellationToken) => Task.FromResult(false);
}

internal sealed class BenchEnvironment(string root) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Production";

    public string ApplicationName { get; set; } = "SourceWatchBench";

    public string ContentRootPath { get; set; } = root;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

internal sealed class BenchComposer : IEmailComposer
{
    public Task<EmailMessage> ComposeAsync(EmailContent content, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The bench sends no e-mail.");
}
