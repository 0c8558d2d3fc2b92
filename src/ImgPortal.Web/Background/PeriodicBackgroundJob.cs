using ImgPortal.Core.Common;
using ImgPortal.Infrastructure.Data.Resilience;

namespace ImgPortal.Web.Background;

/// <summary>
/// A job run at start and then every <see cref="Interval"/>, each run in its own scope. A failing run (the
/// database or the mail server is down) never stops the loop: the next tick tries again and catches up,
/// since each job records what it has done in the database. A failure is logged once per streak, not on
/// every tick, and the recovery once. Every tick beats <see cref="BackgroundHeartbeats"/> for the liveness check.
/// </summary>
public abstract partial class PeriodicBackgroundJob(IServiceScopeFactory scopes, BackgroundHeartbeats heartbeats, TimeProvider clock, ILogger logger)
    : BackgroundService
{
    private bool _failing;

    /// <summary>The job's name in logs, health reports and (with several instances) its lease.</summary>
    public abstract string Name { get; }

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run; returns what it did, for the log (0: nothing to do, nothing logged).</summary>
    protected abstract Task<int> RunAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            LogDisabled(Name);
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                heartbeats.Beat(Name, Interval);
                await RunOnceAsync(stoppingToken);
                heartbeats.Beat(Name, Interval);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            heartbeats.Stopped(Name);
        }
    }

    /// <summary>One guarded run: never throws except on shutdown.</summary>
    public async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();

            // With several instances, only the one holding the job's lease runs it this interval (ADR 0044).
            var leases = scope.ServiceProvider.GetRequiredService<IJobLeases>();
            if (!await leases.TryAcquireAsync(Name, Interval, stoppingToken))
            {
                LogLeaseHeldElsewhere(Name);
                return;
            }

            var done = await RunAsync(scope.ServiceProvider, stoppingToken);
            if (_failing)
            {
                _failing = false;
                LogRecovered(Name);
            }

            if (done > 0)
            {
                LogDone(Name, done);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            if (!_failing)
            {
                _failing = true;
                if (DatabaseFailure.IsUnavailable(ex))
                {
                    LogWaitingForDatabase(Name, Interval);
                }
                else
                {
                    LogFailed(ex, Name, Interval);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} is turned off in configuration")]
    private partial void LogDisabled(string job);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Job} runs on another instance this time (it holds the lease)")]
    private partial void LogLeaseHeldElsewhere(string job);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Count} item(s) done")]
    private partial void LogDone(string job, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} waits for the database; it retries every {Interval} and catches up when the database returns")]
    private partial void LogWaitingForDatabase(string job, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; it retries every {Interval} and logs again only once it has succeeded")]
    private partial void LogFailed(Exception exception, string job, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job} works again")]
    private partial void LogRecovered(string job);
}
