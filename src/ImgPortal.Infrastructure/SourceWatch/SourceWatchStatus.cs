namespace ImgPortal.Infrastructure.SourceWatch;

/// <summary>The last run of the source watch, for <c>/health</c> details: when, how long, what it found. No personal data.</summary>
public sealed class SourceWatchStatus
{
    private readonly Lock _gate = new();
    private SourceWatchRun? _last;

    public SourceWatchRun? Last
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    public void Record(SourceWatchRun run)
    {
        lock (_gate)
        {
            _last = run;
        }
    }
}

/// <summary>One run: sources checked, those failing, tasks opened; <see cref="Error"/> when the run itself failed.</summary>
public sealed record SourceWatchRun(DateTimeOffset StartedAtUtc, TimeSpan Duration, int Checked, int Failing, int TasksOpened, string? Error = null);
