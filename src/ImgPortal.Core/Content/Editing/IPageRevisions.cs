using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A page's history: its published revisions and reviews, comparing two revisions, and restoring one into the draft.</summary>
public interface IPageRevisions
{
    Task<PageHistory?> GetHistoryAsync(int pageId, CancellationToken cancellationToken = default);

    Task<RevisionComparison?> CompareAsync(int pageId, int from, int to, CancellationToken cancellationToken = default);

    /// <summary>What restoring revision <paramref name="number"/> would change in the editor's text now.</summary>
    Task<RestorePreview?> PreviewRestoreAsync(int pageId, int number, CancellationToken cancellationToken = default);

    /// <summary>Copies revision <paramref name="number"/> into the draft, guarded like a save.</summary>
    Task<Outcome<PageEditorData>> RestoreAsync(int pageId, int number, string baseVersion, CancellationToken cancellationToken = default);
}
