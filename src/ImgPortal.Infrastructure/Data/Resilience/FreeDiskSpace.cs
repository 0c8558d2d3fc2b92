namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>How much space is left on the disk that holds a folder (the SQLite database's), for <c>/health</c>.</summary>
public interface IFreeDiskSpace
{
    /// <summary>The bytes free to this process on the disk holding <paramref name="folder"/>, or null when unknown.</summary>
    long? AvailableBytes(string folder);
}

/// <summary>Reads the free space from the operating system (<c>statvfs</c> on Linux).</summary>
public sealed class FreeDiskSpace : IFreeDiskSpace
{
    public long? AvailableBytes(string folder)
    {
        try
        {
            return new DriveInfo(Path.GetFullPath(folder)).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
