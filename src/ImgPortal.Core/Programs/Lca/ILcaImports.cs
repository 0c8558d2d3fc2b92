namespace ImgPortal.Core.Programs.Lca;

/// <summary>Uploads waiting for, under and after their import: what the staff page shows and starts.</summary>
public interface ILcaImports
{
    /// <summary>Saves <paramref name="content"/> to the upload folder and queues its import; returns the import's id.</summary>
    Task<int> QueueAsync(Stream content, string fileName, CancellationToken cancellationToken = default);

    Task<LcaImport?> FindAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="count"/> imports, newest first.</summary>
    Task<IReadOnlyList<LcaImport>> HistoryAsync(int count, CancellationToken cancellationToken = default);
}
