namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// A run of words in a comparison: unchanged, removed or added. A <see cref="DiffKind.Collapsed"/> span stands
/// for <see cref="CollapsedWords"/> unchanged words left out of the middle of a long unchanged passage.
/// </summary>
public sealed record DiffSpan(DiffKind Kind, string Text, int CollapsedWords = 0);
