using System.Collections.Concurrent;
using System.Diagnostics;
using ImgPortal.Core.Common;
using ImgPortal.Core.SourceWatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>
/// One run of the source watch (ADR 0077): the catalog brought in step with the content, then every cited source
/// checked in batches of <see cref="SourceWatchOptions.BatchSize"/> (read, fetched, recorded, saved, forgotten: memory
/// stays bounded). In a batch each host has its own queue, checked in order, and up to
/// <see cref="SourceWatchOptions.MaxParallelHosts"/> hosts at once, so a slow host delays only its own addresses.
/// Ends with one log line and the figures <c>/health</c> shows.
/// </summary>
public sealed partial class SourceWatchRunner(
    IAppDbContext db,
    SourceCatalog catalog,
    SourceWatchRecorder recorder,
    ISourceFetcher fetcher,
    SourceWatchStatus status,
    IOptions<SourceWatchOptions> options,
    TimeProvider clock,
    ILogger<SourceWatchRunner> logger)
{
    public async Task<SourceWatchRun> RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            await catalog.SyncAsync(cancellationToken);
            db.DiscardChanges();
            int done = 0, failing = 0, opened = 0, afterId = 0;
            while (true)
            {
                var batch = await db.Set<TrackedSource>()
                    .Include(s => s.Citations)
                    .Where(s => s.Cited && s.Id > afterId)
                    .OrderBy(s => s.Id)
                    .Take(options.Value.BatchSize)
                    .AsSplitQuery()
                    .ToListAsync(cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

                afterId = batch[^1].Id;
                var results = await FetchAsync(batch, cancellationToken);
                foreach (var source in batch)
                {
                    var (result, ms, at) = results[source.Id];
                    if (await recorder.RecordAsync(source, result, at, ms, cancellationToken))
                    {
                        opened++;
                    }

                    failing += source.Status == SourceStatus.Failing ? 1 : 0;
                }

                await db.SaveChangesAsync(cancellationToken);
                db.DiscardChanges();
                done += batch.Count;
            }

            var run = new SourceWatchRun(started, watch.Elapsed, done, failing, opened);
            status.Record(run);
            LogRun(done, watch.Elapsed.TotalSeconds, failing, opened);
            return run;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            status.Record(new SourceWatchRun(started, watch.Elapsed, 0, 0, 0, ex.GetType().Name));
            throw;
        }
    }

    private async Task<Dictionary<int, (FetchResult Result, int Ms, DateTime At)>> FetchAsync(List<TrackedSource> batch, CancellationToken cancellationToken)
    {
        var results = new ConcurrentDictionary<int, (FetchResult, int, DateTime)>();
        var queues = batch.GroupBy(s => s.Host, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Select(s => (s.Id, s.Url, s.ETag, s.LastModified)).ToList())
            .ToList();
        await Parallel.ForEachAsync(
            queues,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelHosts, CancellationToken = cancellationToken },
            async (queue, token) =>
            {
                foreach (var (id, url, etag, lastModified) in queue)
                {
                    var timer = Stopwatch.StartNew();
                    var result = await fetcher.FetchAsync(url, etag, lastModified, token);
                    results[id] = (result, (int)Math.Min(int.MaxValue, timer.ElapsedMilliseconds), clock.GetUtcNow().UtcDateTime);
                }
            });
        return results.ToDictionary(r => r.Key, r => r.Value);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Source watch: {Checked} source(s) checked in {Seconds:0.0} s; {Failing} failing; {TasksOpened} review task(s) opened")]
    private partial void LogRun(int @checked, double seconds, int failing, int tasksOpened);
}
