namespace ImgPortal.Core.Content.Editing;

/// <summary>A page's publications and reviews, newest first, and whether a draft is open beside the live text.</summary>
public sealed record PageHistory(
    int Id, string Slug, string Title, string VersionToken, bool HasDraft, IReadOnlyList<RevisionRow> Revisions, IReadOnlyList<ReviewRow> Reviews);
