namespace ImgPortal.Core.Content;

/// <summary>
/// One search result: the page, the section it matched (<see cref="Anchor"/>, when one did) and the words to
/// highlight in its snippet.
/// </summary>
public sealed record SearchHit(string Slug, string Title, string Snippet, string? Anchor = null, IReadOnlyList<string>? Highlights = null);
