namespace ImgPortal.Infrastructure.Email;

/// <summary>The pickup folder's absolute path, resolved once against the content root.</summary>
public sealed record PickupDirectory(string Path)
{
    /// <summary>The ending of a file still being written: never <c>.eml</c>, so readers of <c>*.eml</c> skip it.</summary>
    public const string PartialFileExtension = ".tmp";

    /// <summary>
    /// Writes <paramref name="fileName"/> in <paramref name="folder"/> so that it appears complete or not at all:
    /// the content goes to a hidden temporary file in the same folder (same volume, so the rename is atomic),
    /// is flushed to disk, and only then is renamed to its final name. A failed write leaves nothing behind.
    /// </summary>
    public static async Task WriteAtomicallyAsync(
        string folder,
        string fileName,
        Func<Stream, CancellationToken, Task> write,
        CancellationToken cancellationToken = default)
    {
        var final = System.IO.Path.Combine(folder, fileName);
        var partial = System.IO.Path.Combine(folder, $".{fileName}.{Guid.NewGuid():N}{PartialFileExtension}");
        try
        {
            await using (var stream = new FileStream(
                partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 81920, useAsync: true))
            {
                await write(stream, cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(partial, final, overwrite: false);
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }
}
