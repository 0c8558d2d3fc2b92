using System.Net;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace ImgPortal.BrowserTests.Infrastructure;

/// <summary>
/// The portal served by Kestrel on a free loopback port, so a real browser can reach it. Everything else
/// (the Testing environment, its own SQLite file and mail folder) comes from <see cref="PortalFactory"/>.
/// </summary>
public sealed class LivePortalFactory : PortalFactory
{
    public LivePortalFactory()
    {
        // Port 0: the OS picks a free port. WebApplicationFactory binds Kestrel to http://127.0.0.1 for it.
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // MapStaticAssets answers a browser's Accept-Encoding with the pre-compressed copy (site.css.gz, …).
        // Outside Development those copies are found only through the build's static web assets manifest;
        // without it Chromium got 200 responses with empty bodies and the pages rendered with no CSS at all.
        builder.UseStaticWebAssets();
    }

    /// <summary>Starts the server and returns the address it listens on, e.g. <c>http://127.0.0.1:43117/</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var address = ClientOptions.BaseAddress;
        if (!IPAddress.TryParse(address.Host, out var ip) || !IPAddress.IsLoopback(ip))
        {
            throw new InvalidOperationException($"The test server must listen on loopback only, not {address}.");
        }

        return address;
    }
}
