using ImgPortal.Core.Programs.Confirmations;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Clears program coordinators' e-mail addresses once their retention period is over (ADR 0091): at start and every
/// <see cref="ProgramConfirmationOptions.RetentionInterval"/>, under the job lease, a fresh scope calls
/// <see cref="IConfirmationRetentionService.ClearFinishedAddressesAsync"/> (tested directly with a fake clock).
/// </summary>
public sealed class ConfirmationRetentionBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<ProgramConfirmationOptions> options,
    BackgroundHeartbeats heartbeats,
    TimeProvider clock,
    ILogger<ConfirmationRetentionBackgroundService> logger) : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
{
    public override string Name => "Coordinator address retention";

    protected override bool Enabled => options.Value.RetentionEnabled;

    protected override TimeSpan Interval => options.Value.RetentionInterval;

    protected override Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IConfirmationRetentionService>().ClearFinishedAddressesAsync(cancellationToken);
}
