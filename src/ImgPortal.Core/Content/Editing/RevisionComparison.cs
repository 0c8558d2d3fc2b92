namespace ImgPortal.Core.Content.Editing;

/// <summary>Two revisions of a page compared part by part, word by word.</summary>
public sealed record RevisionComparison(int Id, string Title, RevisionRow From, RevisionRow To, IReadOnlyList<BlockComparison> Blocks);
