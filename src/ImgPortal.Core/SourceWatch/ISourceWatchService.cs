using ImgPortal.Core.Common;

namespace ImgPortal.Core.SourceWatch;

/// <summary>What staff see of the source watch (<c>/staff/sources</c>) and how they close its review tasks.</summary>
public interface ISourceWatchService
{
    Task<PagedResult<SourceRow>> ListSourcesAsync(int page, CancellationToken cancellationToken = default);

    Task<SourceDetail?> GetSourceAsync(int id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SourceTaskRow>> ListOpenTasksAsync(CancellationToken cancellationToken = default);

    Task<int> CountOpenTasksAsync(CancellationToken cancellationToken = default);

    Task<SourceTaskDetail?> GetTaskAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Closes the task and moves the checked date of every citation it covered to today.</summary>
    Task<Outcome> ResolveAsync(int id, SourceTaskResolution resolution, CancellationToken cancellationToken = default);
}
