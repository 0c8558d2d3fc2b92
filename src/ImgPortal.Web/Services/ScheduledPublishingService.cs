using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Content.Editing;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Services;

/// <summary>Publishes scheduled drafts: every <see cref="PublishingOptions.Interval"/>, a fresh scope calls
/// <see cref="IPageEditingService.PublishDueAsync"/> (the logic itself, tested directly with a fake clock).</summary>
public sealed partial class ScheduledPublishingService(
    IServiceScopeFactory scopes, IOptions<PublishingOptions> options, TimeProvider clock, ILogger<ScheduledPublishingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await PublishDueAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task PublishDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var published = await scope.ServiceProvider.GetRequiredService<IPageEditingService>().PublishDueAsync(stoppingToken);
            if (published > 0)
            {
                LogPublished(published);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One failed round must not stop the next.
            LogFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled page draft(s)")]
    private partial void LogPublished(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Publishing scheduled drafts failed")]
    private partial void LogFailed(Exception exception);
}
