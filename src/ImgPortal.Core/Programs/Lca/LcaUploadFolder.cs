namespace ImgPortal.Core.Programs.Lca;

/// <summary>The absolute folder uploads wait in (<see cref="LcaOptions.UploadDirectory"/> resolved at start).</summary>
public sealed record LcaUploadFolder(string Path)
{
    /// <summary>The full path of a stored upload; <paramref name="storedName"/> is always one the portal generated.</summary>
    public string PathOf(string storedName) => System.IO.Path.Combine(Path, System.IO.Path.GetFileName(storedName));
}
