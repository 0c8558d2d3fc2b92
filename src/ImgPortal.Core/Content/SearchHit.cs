using ImgPortal.Core.Content.Search;

namespace ImgPortal.Core.Content;

/// <summary>
/// One search result: the page (or, <see cref="IsGlossary"/>, the glossary term at <c>/glossary#anchor</c>), the
/// section it matched (<see cref="Anchor"/>, when one did) and its snippet in pieces, the matched words marked.
/// </summary>
public sealed record SearchHit(
    string Slug, string Title, string Snippet, string? Anchor = null, IReadOnlyList<TextPiece>? Pieces = null, bool IsGlossary = false)
{
    public IReadOnlyList<TextPiece> SnippetPieces => Pieces ?? [new TextPiece(Snippet, false)];
}
