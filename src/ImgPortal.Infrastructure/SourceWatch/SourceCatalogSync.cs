using System.Threading.Channels;
using ImgPortal.Core.SourceWatch;
using ImgPortal.Infrastructure.Data.Caching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// Hears the one event after a committed public change (ADR 0064) and asks for a catalog sync. Only a signal: the
/// editor's request returns at once, and changes that come together are synced once.
/// </summary>
public sealed class SourceCatalogSignal : IPublicContentCache
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public ChannelReader<bool> Requests => _requests.Reader;

    public Task EvictAsync(CancellationToken cancellationToken = default)
    {
        _requests.Writer.TryWrite(true);
        return Task.CompletedTask;
    }
}

/// <summary>Runs <see cref="SourceCatalog.SyncAsync"/> in the background after each signal, so citations follow edits within seconds.</summary>
public sealed partial class SourceCatalogSyncService(SourceCatalogSignal signal, IServiceScopeFactory scopes, ILogger<SourceCatalogSyncService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var _ in signal.Requests.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<SourceCatalog>().SyncAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The next change, or the next check run, syncs again.
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The cited sources could not be brought in step with a content change; the next change or check run tries again")]
    private partial void LogFailed(Exception exception);
}
