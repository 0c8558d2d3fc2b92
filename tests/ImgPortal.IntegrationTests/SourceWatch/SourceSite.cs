using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ImgPortal.IntegrationTests.SourceWatch;

/// <summary>
/// A web site on 127.0.0.1 and a port the system picks (Kestrel), serving what each test sets per path: pages that
/// change, change only a date, move (301/302), disappear (404/410), hang, answer with a huge body or a binary type,
/// and a robots.txt. No request ever leaves the machine. Counts requests per path and records request headers.
/// </summary>
public sealed class SourceSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private SourceSite(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Path, string? UserAgent, string? IfNoneMatch, string? IfModifiedSince)> Requests { get; } = new();

    public static async Task<SourceSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var site = new SourceSite(app);
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            site.Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            site.Requests.Enqueue((path, context.Request.Headers.UserAgent, context.Request.Headers.IfNoneMatch, context.Request.Headers.IfModifiedSince));
            if (site._routes.TryGetValue(path, out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
        await app.StartAsync();
        site.BaseAddress = new Uri(app.Urls.First());
        return site;
    }

    public string Url(string path) => new Uri(BaseAddress, path).AbsoluteUri;

    public void Html(string path, string body, string? etag = null) => _routes[path] = async context =>
    {
        if (etag is not null)
        {
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = etag;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(body);
    };

    public void Status(string path, int status) => _routes[path] = context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public void Redirect(string path, int status, string to) => _routes[path] = context =>
    {
        context.Response.StatusCode = status;
        context.Response.Headers.Location = to;
        return Task.CompletedTask;
    };

    /// <summary>Never answers: waits until the client gives up.</summary>
    public void Hang(string path) => _routes[path] = async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client timed out, as the test wants.
        }
    };

    public void Bytes(string path, string contentType, int length) => _routes[path] = async context =>
    {
        context.Response.ContentType = contentType;
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'a');
        for (var i = 0; i < chunk.Length; i += 50)
        {
            chunk[i] = (byte)' ';
        }

        for (var sent = 0; sent < length; sent += chunk.Length)
        {
            try
            {
                await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, length - sent)), context.RequestAborted);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
            {
                return;
            }
        }
    };

    public void Robots(string body) => _routes["/robots.txt"] = async context =>
    {
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(body);
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
