namespace ImgPortal.Core.Programs.Lca;

/// <summary>Runs queued imports (called by the background job, never by a request).</summary>
public interface ILcaImporter
{
    /// <summary>Claims the oldest queued import and runs it; returns 1 when one ran, 0 when none was waiting.</summary>
    Task<int> RunNextAsync(CancellationToken cancellationToken = default);
}
