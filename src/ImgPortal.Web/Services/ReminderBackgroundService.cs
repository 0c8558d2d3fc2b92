using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Services;

/// <summary>
/// Sends due reminder e-mails at start and then every <see cref="ReminderOptions.Interval"/>. Each run is its
/// own scope; <see cref="ReminderService"/> logs what it sent, so a restart never sends a reminder twice.
/// </summary>
public sealed class ReminderBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    TimeProvider clock,
    ILogger<ReminderBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Reminder e-mails are turned off (Reminders:Enabled)");
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            await RunOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<IReminderService>().SendDueAsync(stoppingToken);
            if (sent > 0)
            {
                logger.LogInformation("Sent {Count} reminder e-mail(s)", sent);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next tick tries again; what was sent is logged, so nothing goes twice.
            logger.LogError(ex, "Sending reminder e-mails failed");
        }
    }
}
