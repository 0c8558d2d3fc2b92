using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ImgPortal.TestSupport;

/// <summary>
/// A real Redis server for the scale-out tests: the one <c>scripts/test.sh</c> starts (its address in
/// <see cref="EnvironmentVariable"/>), or else one started here from Debian's <c>redis-server</c> on a free loopback
/// port and stopped on dispose. With neither, the tests fail (never skip): CI installs Redis, so its absence is a fault.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string EnvironmentVariable = "IMGPORTAL_TEST_REDIS";

    private readonly Process? _process;

    public RedisServer()
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(given))
        {
            Configuration = given;
            return;
        }

        var port = FreePort();
        try
        {
            _process = Process.Start(new ProcessStartInfo("redis-server")
            {
                ArgumentList = { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"No Redis server: set {EnvironmentVariable} to one (host:port) or install redis-server (scripts/test.sh does both).", ex);
        }

        // Its log is read (and dropped) as it comes: a pipe nobody reads fills up and then stops the server mid-write.
        _process?.BeginOutputReadLine();
        Configuration = $"127.0.0.1:{port}";
        WaitUntilListening(port);
    }

    /// <summary>The address for <c>Redis:Configuration</c>, e.g. <c>127.0.0.1:6390</c>.</summary>
    public string Configuration { get; }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited at start (code {_process.ExitCode}).");
            }

            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new InvalidOperationException("redis-server did not start listening within 10 seconds.");
    }
}
