namespace ImgPortal.Core.Content.Search;

/// <summary>One piece of a snippet, and whether it is a searched word (shown in <c>&lt;mark&gt;</c>, encoded like the rest).</summary>
public sealed record TextPiece(string Text, bool IsMatch);
