using ImgPortal.Core.Alerts;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Sends change alerts (ADR 0078): at start and every <see cref="AlertOptions.Interval"/>, under the job lease, a fresh
/// scope calls <see cref="IAlertService.SendDueAsync"/> (the logic itself, tested directly with a fake clock).
/// </summary>
public sealed class ChangeAlertBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<AlertOptions> options,
    BackgroundHeartbeats heartbeats,
    TimeProvider clock,
    ILogger<ChangeAlertBackgroundService> logger) : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
{
    public override string Name => "Change alerts";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IAlertService>().SendDueAsync(cancellationToken);
}
