using Microsoft.Data.Sqlite;
using Microsoft.Win32.SafeHandles;

namespace ImgPortal.Infrastructure.Data.Sqlite;

/// <summary>
/// The SQLite file the portal started with (ADR 0072). A file renamed over the database, or the database moved
/// away and another put in its place, leaves the path valid: pooled connections keep writing to the old, orphaned
/// file and new ones open the other. This keeps a read-only handle on the file from start and tells whether the
/// path still names that same file: on Linux by where the kernel says the handle's file now is
/// (<c>/proc/self/fd/N</c>, which reads "… (deleted)" once the file was replaced), elsewhere by its creation time.
/// </summary>
/// <remarks>
/// The handle is closed only when the host stops (a singleton's disposal): closing a descriptor releases the
/// process's POSIX locks on the file, SQLite's included, so it must not be closed while connections work.
/// </remarks>
public sealed class SqliteFileIdentity : IDisposable
{
    public const string MissingMessage = "The SQLite database file is missing.";

    public const string ReplacedMessage =
        "The SQLite database file is not the one the portal started with (it was replaced or moved); restart the portal to use the file now there.";

    private readonly Lock _gate = new();
    private FileStream? _handle;
    private string? _path;
    private string? _linkAtStart;
    private DateTime _createdAtStart;

    /// <summary>The database file being watched, or null before <see cref="Remember"/> (or for SQL Server).</summary>
    public string? Path
    {
        get
        {
            lock (_gate)
            {
                return _path;
            }
        }
    }

    /// <summary>Remembers the file a connection string names, when it names one that exists; once per process.</summary>
    public void Remember(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:" || !File.Exists(builder.DataSource))
        {
            return;
        }

        lock (_gate)
        {
            if (_handle is not null)
            {
                return;
            }

            _handle = new FileStream(
                builder.DataSource, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            _path = builder.DataSource;
            _linkAtStart = LinkOf(_handle.SafeFileHandle);
            _createdAtStart = File.GetCreationTimeUtc(_path);
        }
    }

    /// <summary>
    /// False when the path no longer names the file remembered at start (replaced, or moved away); true when it
    /// does, or when nothing was remembered. A missing file is false too.
    /// </summary>
    public bool IsSameFile()
    {
        lock (_gate)
        {
            if (_handle is null || _path is null)
            {
                return true;
            }

            if (!File.Exists(_path))
            {
                return false;
            }

            return _linkAtStart is not null
                ? LinkOf(_handle.SafeFileHandle) == _linkAtStart
                : File.GetCreationTimeUtc(_path) == _createdAtStart;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _handle?.Dispose();
            _handle = null;
        }
    }

    // Where the kernel says an open file is now; null where there is no /proc (Windows, macOS).
    private static string? LinkOf(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return new FileInfo($"/proc/self/fd/{handle.DangerousGetHandle()}").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
