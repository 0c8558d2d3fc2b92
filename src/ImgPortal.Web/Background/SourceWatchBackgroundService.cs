using ImgPortal.Core.SourceWatch;
using ImgPortal.Infrastructure.SourceWatch;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Checks every cited source at start and every <see cref="SourceWatchOptions.Interval"/> (a week by default), under
/// the job lease, never on a request thread (ADR 0077). The run logs its own one line (<see cref="SourceWatchRunner"/>).
/// </summary>
public sealed class SourceWatchBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<SourceWatchOptions> options,
    BackgroundHeartbeats heartbeats,
    TimeProvider clock,
    ILogger<SourceWatchBackgroundService> logger) : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
{
    public override string Name => "Source watch";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<SourceWatchRunner>().RunAsync(cancellationToken);
        return 0;
    }
}
