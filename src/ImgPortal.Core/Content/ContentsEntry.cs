namespace ImgPortal.Core.Content;

/// <summary>One line of a page's table of contents: the fragment it links to, its text, and the lines under it.</summary>
public sealed record ContentsEntry(string Anchor, string Text, IReadOnlyList<ContentsEntry> Children);
