using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data.Resilience;
using ImgPortal.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Delivers the e-mail outbox every <see cref="OutboxOptions.PollSeconds"/>: messages whose immediate attempt
/// failed (an SMTP outage) or that were queued by another instance. Each run is its own scope.
/// </summary>
public sealed class OutboxBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxBackgroundService> logger) : BackgroundService
{
    public const string LeaseName = "E-mail outbox";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.Outbox.PollSeconds), clock);
        var waitingForDatabase = false;
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();

                // One instance delivers the outbox at a time, so no message goes out twice (ADR 0044).
                var poll = TimeSpan.FromSeconds(options.Value.Outbox.PollSeconds);
                if (!await scope.ServiceProvider.GetRequiredService<IJobLeases>().TryAcquireAsync(LeaseName, poll, stoppingToken))
                {
                    continue;
                }

                var sent = await scope.ServiceProvider.GetRequiredService<IOutboxDispatcher>().DispatchDueAsync(stoppingToken);
                waitingForDatabase = false;
                if (sent > 0)
                {
                    logger.LogInformation("Delivered {Count} queued e-mail(s)", sent);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException && DatabaseFailure.IsUnavailable(ex))
            {
                // An outage is logged once by DatabaseAvailability; the outbox says once that it waits, then catches up.
                if (!waitingForDatabase)
                {
                    waitingForDatabase = true;
                    logger.LogWarning("The e-mail outbox waits for the database; queued messages go out when it returns");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Nothing is lost: the messages stay in the outbox for the next tick.
                logger.LogError(ex, "Delivering the e-mail outbox failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
