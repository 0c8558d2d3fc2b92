using ImgPortal.Core.Common;

namespace ImgPortal.Core.Content.Editing;

/// <summary>A page's editor and its one draft: save, move a section, preview as visitors would see it, discard (ADR 0010).</summary>
public interface IPageDrafts
{
    Task<PageEditorData?> GetEditorAsync(int pageId, CancellationToken cancellationToken = default);

    /// <summary>Saves <paramref name="content"/> as the page's draft if nothing changed since <paramref name="baseVersion"/>.</summary>
    /// <remarks>A conflict carries the editor as it is saved now.</remarks>
    Task<Outcome<PageEditorData>> SaveDraftAsync(int pageId, PageContent content, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves <paramref name="content"/> as the draft with its section at <paramref name="index"/> (0-based) moved one
    /// place (see <see cref="ListMoves"/>), guarded like a save: a stale <paramref name="baseVersion"/> is a conflict.
    /// </summary>
    Task<Outcome<PageEditorData>> MoveSectionAsync(
        int pageId, PageContent content, int index, MoveDirection direction, string baseVersion, CancellationToken cancellationToken = default);

    /// <summary>The draft (or the live text) rendered exactly as visitors would see it.</summary>
    Task<PagePreview?> PreviewAsync(int pageId, CancellationToken cancellationToken = default);

    Task<Outcome<PageEditorData>> DiscardDraftAsync(int pageId, string baseVersion, CancellationToken cancellationToken = default);
}
