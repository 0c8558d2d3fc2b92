using ImgPortal.Core.Programs.Lca;
using Microsoft.Extensions.Options;

namespace ImgPortal.Web.Background;

/// <summary>
/// Imports uploaded LCA disclosure files off the request thread: every <see cref="LcaOptions.PollSeconds"/> it claims
/// the oldest queued upload and runs it (ADR 0076), under the job lease like every periodic job (ADR 0044); the claim
/// itself is one conditional update, so two instances never import the same upload.
/// </summary>
public sealed class LcaImportBackgroundService(
    IServiceScopeFactory scopes,
    IOptions<LcaOptions> options,
    BackgroundHeartbeats heartbeats,
    TimeProvider clock,
    ILogger<LcaImportBackgroundService> logger) : PeriodicBackgroundJob(scopes, heartbeats, clock, logger)
{
    public override string Name => "LCA import";

    protected override bool Enabled => options.Value.ImportJobEnabled;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.PollSeconds);

    protected override async Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        await services.GetRequiredService<ILcaImporter>().RunNextAsync(cancellationToken);
}
