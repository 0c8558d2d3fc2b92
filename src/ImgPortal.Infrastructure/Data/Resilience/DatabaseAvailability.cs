using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>
/// Whether the database is usable, as seen by the last connection or command. Logs the reason once when it
/// becomes unavailable and once when it returns, however many requests fail in between; clears SQLite's
/// connection pools on failure so no pooled connection keeps pointing at a file that was moved or replaced.
/// An outage that began with a refused write (<see cref="DatabaseFailure.IsWriteRefusal"/>: a full disk, a
/// read-only file) is not ended by reads, which still work then, but only by a write that reached the database.
/// </summary>
public sealed partial class DatabaseAvailability(TimeProvider clock, ILogger<DatabaseAvailability> logger)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _unavailableSince;

    // The wall-clock moment the outage was seen, to compare with EF's command start times (also wall-clock).
    private DateTimeOffset _outageSeenAt = DateTimeOffset.MinValue;
    private long _failures;
    private volatile bool _down;
    private bool _writesRefused;

    public bool IsAvailable
    {
        get
        {
            lock (_gate)
            {
                return _unavailableSince is null;
            }
        }
    }

    /// <summary>When the current outage began, or null while the database is available.</summary>
    public DateTimeOffset? UnavailableSince
    {
        get
        {
            lock (_gate)
            {
                return _unavailableSince;
            }
        }
    }

    /// <summary>Whether the current outage is writes refused (reads may still work): only a write ends it.</summary>
    public bool WritesRefused
    {
        get
        {
            lock (_gate)
            {
                return _writesRefused;
            }
        }
    }

    public void ReportFailure(Exception exception)
    {
        SqliteConnection.ClearAllPools();
        var writeRefused = DatabaseFailure.IsWriteRefusal(exception);
        lock (_gate)
        {
            _failures++;
            if (_unavailableSince is not null)
            {
                _writesRefused |= writeRefused;
                return;
            }

            _unavailableSince = clock.GetUtcNow();
            _outageSeenAt = DateTimeOffset.UtcNow;
            _down = true;
            _writesRefused = writeRefused;
        }

        LogUnavailable(exception, exception.GetType().Name, exception.Message);
    }

    /// <summary>A command succeeded. One that started before the outage was seen proves nothing (it may have
    /// kept a file that was moved away open), so only a command started since then ends the outage.</summary>
    /// <param name="startedAt">When the command started, by the wall clock (EF's event data).</param>
    /// <param name="wrote">Whether it wrote to the database (committed), which alone ends an outage of refused writes.</param>
    public void ReportSuccess(DateTimeOffset startedAt, bool wrote = false)
    {
        if (!_down)
        {
            return;
        }

        DateTimeOffset since;
        long failures;
        lock (_gate)
        {
            if (_unavailableSince is not { } start || startedAt < _outageSeenAt || (_writesRefused && !wrote))
            {
                return;
            }

            since = start;
            failures = _failures;
            _unavailableSince = null;
            _failures = 0;
            _down = false;
            _writesRefused = false;
        }

        LogAvailable(Math.Round((clock.GetUtcNow() - since).TotalSeconds, 1), failures);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The database is unavailable ({ExceptionType}: {Reason}). Pages that need it answer 503 and background jobs wait until it returns; this is logged once per outage")]
    private partial void LogUnavailable(Exception exception, string exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The database is available again after {Seconds} s; {Failures} database call(s) failed meanwhile")]
    private partial void LogAvailable(double seconds, long failures);
}
