namespace ImgPortal.TestSupport;

/// <summary>Moves a SQLite database (with its -wal and -shm files) away and back, as an operator's mistake would.</summary>
public sealed class SqliteFileMover(string databaseFile)
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm"];

    private readonly string _parking = Path.Combine(Path.GetDirectoryName(databaseFile)!, "..", "moved-away-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile { get; } = databaseFile;

    public void MoveAway()
    {
        Directory.CreateDirectory(_parking);
        foreach (var suffix in Suffixes.Where(s => File.Exists(DatabaseFile + s)))
        {
            File.Move(DatabaseFile + suffix, Path.Combine(_parking, Path.GetFileName(DatabaseFile) + suffix));
        }
    }

    public void MoveBack()
    {
        foreach (var suffix in Suffixes)
        {
            var parked = Path.Combine(_parking, Path.GetFileName(DatabaseFile) + suffix);
            if (File.Exists(parked))
            {
                File.Move(parked, DatabaseFile + suffix, overwrite: true);
            }
        }
    }
}
