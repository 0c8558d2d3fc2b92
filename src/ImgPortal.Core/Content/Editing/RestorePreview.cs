namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// What restoring <see cref="Revision"/> would do: the editor's text now (the draft, or the live page when there
/// is none) compared with the revision's, so staff see what would come back and what would go before they restore.
/// </summary>
public sealed record RestorePreview(
    int Id, string Title, RevisionRow Revision, bool HasDraft, string VersionToken, IReadOnlyList<BlockComparison> Blocks);
