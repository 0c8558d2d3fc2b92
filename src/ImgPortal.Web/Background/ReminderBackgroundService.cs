using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles;
using ImgPortal.Core.Waivers;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Sends due reminder e-mails at start and then every <see cref="ReminderOptions.Interval"/>.
/// <see cref="ReminderService"/> logs what it sent, so a restart or a failed run never sends a reminder twice,
/// and the next run sends what a failed one could not.
/// </summary>
public sealed class ReminderBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> options,
    BackgroundHeartbeats heartbeats,
    TimeProvider clock,
    ILogger<ReminderBackgroundService> logger) : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
{
    public override string Name => "Reminder e-mails";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    /// <summary>The reminders, then the State 30 alerts members asked for (ADR 0042): both are logged, so each goes once.</summary>
    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<IReminderService>().SendDueAsync(cancellationToken)
        + await services.GetRequiredService<IWaiverAlertService>().SendDueAsync(cancellationToken);
}
