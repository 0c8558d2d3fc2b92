using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ImgPortal.FunctionalTests.Scaling;

/// <summary>
/// The built portal run as its own operating-system process (<c>dotnet ImgPortal.Web.dll</c>) on a free loopback
/// port, as an instance behind a load balancer would run; killed, with its children, on dispose.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    /// <summary>
    /// How much processor time the portal may spend starting (migrating and seeding included) before it counts as
    /// stuck. Counted on the process's own processor time, not the clock: on a machine busy with other builds and
    /// test runs the portal gets a sliver of a core, and two minutes on the clock passed before it had run ten seconds.
    /// </summary>
    public static readonly TimeSpan StartProcessorTime = TimeSpan.FromMinutes(1);

    /// <summary>A start that uses no processor time at all (a deadlock) still ends, after this long on the clock.</summary>
    public static readonly TimeSpan StartClockLimit = TimeSpan.FromMinutes(15);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PortalProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the process wrote so far (for a failing test's message).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the portal with <paramref name="settings"/> (configuration keys) and waits until it is ready.</summary>
    public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var web = WebAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { web.FullName },
            WorkingDirectory = web.DirectoryName!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var portal = new PortalProcess(process, address);
        process.OutputDataReceived += (_, line) => portal.Append(line.Data);
        process.ErrorDataReceived += (_, line) => portal.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await portal.WaitUntilReadyAsync();
        }
        catch
        {
            portal.Dispose();
            throw;
        }

        return portal;
    }

    /// <summary>A client of this instance sharing <paramref name="cookies"/> (cookies ignore ports: one jar serves both).</summary>
    public HttpClient Client(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = true }) { BaseAddress = Address };

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    /// <summary>The portal built beside this test project (same configuration), e.g. src/ImgPortal.Web/bin/Release/net10.0.</summary>
    private static FileInfo WebAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = here.Name;
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ImgPortal.sln")))
        {
            root = root.Parent;
        }

        var dll = new FileInfo(Path.Combine(
            root?.FullName ?? throw new InvalidOperationException("ImgPortal.sln not found above " + here.FullName),
            "src", "ImgPortal.Web", "bin", configuration, framework, "ImgPortal.Web.dll"));
        return dll.Exists ? dll : throw new InvalidOperationException($"{dll.FullName} is missing: build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var used = TimeSpan.Zero;
        while (!StartGivenUp(used, clock.Elapsed))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    string.Create(CultureInfo.InvariantCulture, $"The portal exited at start (code {_process.ExitCode}):\n{Output}"));
            }

            try
            {
                using var ready = await probe.GetAsync(new Uri("/health/ready", UriKind.Relative));
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting.
            }

            await Task.Delay(250);
            try
            {
                used = _process.TotalProcessorTime;
            }
            catch (InvalidOperationException)
            {
                // It exited meanwhile: the next turn says so.
            }
        }

        throw new TimeoutException(string.Create(
            CultureInfo.InvariantCulture,
            $"The portal at {Address} was not ready after {used.TotalSeconds:0} s of processor time (limit {StartProcessorTime.TotalSeconds:0} s, or {StartClockLimit} on the clock):\n{Output}"));
    }

    /// <summary>
    /// Whether a start not ready yet is given up, having used <paramref name="processorTimeUsed"/> of processor time
    /// in <paramref name="elapsed"/> on the clock: past <see cref="StartProcessorTime"/> or <see cref="StartClockLimit"/>.
    /// </summary>
    public static bool StartGivenUp(TimeSpan processorTimeUsed, TimeSpan elapsed) =>
        processorTimeUsed > StartProcessorTime || elapsed > StartClockLimit;
}
