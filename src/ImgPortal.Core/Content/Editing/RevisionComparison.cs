namespace ImgPortal.Core.Content.Editing;

public sealed record RevisionComparison(
    int Id, string Title, RevisionRow From, RevisionRow To, IReadOnlyList<DiffLine> Lines);
