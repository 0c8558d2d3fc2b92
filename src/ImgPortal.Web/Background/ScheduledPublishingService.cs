using ImgPortal.Core.Content.Editing;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>Publishes scheduled drafts: at start and every <see cref="PublishingOptions.Interval"/>, a fresh scope calls
/// <see cref="IPagePublishing.PublishDueAsync"/> (the logic itself, tested directly with a fake clock). A draft
/// whose time passed while the database was down is published on the first run after it returns.</summary>
public sealed class ScheduledPublishingService(
    IServiceScopeFactory scopes,
    IOptions<PublishingOptions> options,
    BackgroundHeartbeats heartbeats,
    TimeProvider clock,
    ILogger<ScheduledPublishingService> logger) : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
{
    public override string Name => "Scheduled publishing";

    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.Interval;

    protected override Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IPagePublishing>().PublishDueAsync(cancellationToken);
}
