using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ImgPortal.FunctionalTests.Scaling;

/// <summary>
/// A Redis server of this test's own on a free loopback port that can be stopped and started again on the same port,
/// keeping what it held (it saves to a private folder as it stops and loads it as it starts), as a production Redis
/// with persistence does across a restart. Never the shared <c>IMGPORTAL_TEST_REDIS</c> one: that must not be stopped.
/// </summary>
public sealed class RestartableRedis : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "imgportal-redis", Guid.NewGuid().ToString("N"));
    private readonly int _port;
    private Process? _process;

    public RestartableRedis()
    {
        Directory.CreateDirectory(_folder);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        _port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Start();
    }

    /// <summary>The address for <c>Redis:Configuration</c>.</summary>
    public string Configuration => $"127.0.0.1:{_port}";

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server")
        {
            ArgumentList =
            {
                "--port", _port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
                "--dbfilename", "dump.rdb", "--save", "", "--appendonly", "no",
            },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start.");
        _process.BeginOutputReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!Listening())
        {
            if (_process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("redis-server did not start listening.");
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>Saves what Redis holds and stops it; returns once nothing listens on the port.</summary>
    public void Stop()
    {
        using (var cli = Process.Start(new ProcessStartInfo("redis-cli")
        {
            ArgumentList = { "-p", _port.ToString(CultureInfo.InvariantCulture), "shutdown", "save" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!)
        {
            cli.WaitForExit(20_000);
        }

        if (!_process!.WaitForExit(20_000))
        {
            throw new InvalidOperationException("redis-server did not stop.");
        }

        _process.Dispose();
        _process = null;
        if (!File.Exists(Path.Combine(_folder, "dump.rdb")))
        {
            throw new InvalidOperationException("redis-server stopped without saving.");
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleanup.
        }
    }

    private bool Listening()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, _port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
