namespace ImgPortal.Core.Mentoring.Directory;

/// <summary>The public directory of approved mentors who chose to be listed.</summary>
public interface IMentorDirectoryService
{
    Task<DirectoryResults> DirectoryAsync(DirectoryFilter filter, int page, CancellationToken cancellationToken = default);
}
