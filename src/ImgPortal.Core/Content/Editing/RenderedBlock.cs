namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// A compared part as staff read it (<see cref="WordDiff.Rendered"/>): its words as rendered text, and whether only
/// its formatting changed (the Markdown differs, the text a visitor reads does not).
/// </summary>
public sealed record RenderedBlock(BlockComparison Block, bool FormattingOnly);
