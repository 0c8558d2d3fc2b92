using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.CheckIns;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Sends the 30- and 90-day check-in e-mails on the mentoring sweep's schedule (<see cref="MentoringOptions.SweepInterval"/>,
/// off with <see cref="MentoringOptions.SweepEnabled"/>), under a lease so one instance sends them; the notice log
/// keeps each e-mail to once per side and check-in.
/// </summary>
public sealed class CheckInBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<MentoringOptions> options,
    BackgroundHeartbeats heartbeats,
    TimeProvider clock,
    ILogger<CheckInBackgroundService> logger) : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
{
    public override string Name => "Mentoring check-ins";

    protected override bool Enabled => options.Value.SweepEnabled;

    protected override TimeSpan Interval => options.Value.SweepInterval;

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ICheckInSweepService>().RunAsync(cancellationToken);
}
