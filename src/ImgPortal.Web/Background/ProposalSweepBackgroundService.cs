using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Matching;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Runs <see cref="IProposalSweepService"/> at start and every <see cref="MentoringOptions.SweepInterval"/>: each
/// run is its own scope; the notice log keeps a restart from sending anything twice.
/// </summary>
public sealed class ProposalSweepBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<MentoringOptions> options,
    TimeProvider clock,
    ILogger<ProposalSweepBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SweepEnabled)
        {
            logger.LogInformation("The proposal sweep is turned off (Mentoring:SweepEnabled)");
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, clock);
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
            var handled = await scope.ServiceProvider.GetRequiredService<IProposalSweepService>().RunAsync(stoppingToken);
            if (handled > 0)
            {
                logger.LogInformation("Reminded or expired {Count} mentoring proposal(s)", handled);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The mentoring proposal sweep failed");
        }
    }
}
