namespace ImgPortal.Core.Content.Editing;

public sealed record PageHistory(int Id, string Slug, string Title, string VersionToken, IReadOnlyList<RevisionRow> Revisions, IReadOnlyList<ReviewRow> Reviews);
