namespace ImgPortal.Core.Content.Search;

/// <summary>
/// Full-text search over the published guidance and glossary, one implementation per database provider (ADR 0085):
/// SQLite FTS5 with the Porter stemmer, SQL Server full-text with inflectional forms. The caller hands in the
/// published content; the index rebuilds itself when the corpus's <see cref="SearchCorpus.Stamp"/> changes.
/// </summary>
public interface ISearchIndex
{
    /// <summary>
    /// The documents matching every clause (<paramref name="everyClause"/>) or any clause, best first: those with the
    /// words as typed before those found only through a synonym, then by the index's relevance.
    /// </summary>
    Task<IReadOnlyList<SearchIndexHit>> SearchAsync(
        SearchCorpus corpus, SearchQuery query, bool everyClause, CancellationToken cancellationToken = default);
}

/// <summary>One indexed document: a guidance page (all its sections in <see cref="Body"/>) or a glossary term.</summary>
public sealed record SearchDocument(string Key, string Title, string Summary, string Headings, string Body);

/// <summary>The documents to search and a stamp that changes whenever any of them does.</summary>
public sealed record SearchCorpus(IReadOnlyList<SearchDocument> Documents, string Stamp);

/// <summary>
/// A matching document, and its snippet with the matched words marked when the index can mark them itself
/// (null: the caller highlights whole words with <see cref="WordHighlighter"/>).
/// </summary>
public sealed record SearchIndexHit(string Key, IReadOnlyList<TextPiece>? Snippet);
