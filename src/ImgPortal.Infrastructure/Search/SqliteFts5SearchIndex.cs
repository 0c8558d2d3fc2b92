using ImgPortal.Core.Content.Search;
using Microsoft.Data.Sqlite;

namespace ImgPortal.Infrastructure.Search;

/// <summary>
/// The search index on SQLite (ADR 0085): an FTS5 table with the <c>porter unicode61</c> tokenizer in a private
/// in-memory database, so the application's database and its EF model are untouched. It is rebuilt from the
/// published content whenever the corpus's stamp changes (a publish), and ranks with bm25: title 10, summary 5,
/// section headings 4, text 1. Its snippets carry FTS5's own marks, so highlighting follows the stemmer.
/// </summary>
public sealed class SqliteFts5SearchIndex : ISearchIndex, IDisposable
{
    /// <summary>
    /// Porter stemming over Unicode words, accents folded; "%" stays part of a word, so "100%" is not the "100" of
    /// "$100,000".
    /// </summary>
    public const string Tokenizer = "porter unicode61 remove_diacritics 2 tokenchars '%'";

    private const string Columns = "bm25(docs, 0.0, 10.0, 5.0, 4.0, 1.0)";

    private static readonly string Marks = $"char({(int)WordHighlighter.Open}), char({(int)WordHighlighter.Close})";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private string? _stamp;

    public async Task<IReadOnlyList<SearchIndexHit>> SearchAsync(
        SearchCorpus corpus, SearchQuery query, bool everyClause, CancellationToken cancellationToken = default)
    {
        var match = Fts5QueryBuilder.Build(query, everyClause);
        if (match.Length == 0)
        {
            return [];
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var connection = await EnsureBuiltAsync(corpus, cancellationToken);
            var typed = await KeysAsync(connection, Fts5QueryBuilder.BuildTyped(query, everyClause), cancellationToken);
            var phraseSnippets = await SnippetsAsync(connection, Fts5QueryBuilder.BuildPhrase(query), cancellationToken);
            var hits = await SnippetsAsync(connection, match, cancellationToken);
            return hits
                .Select((hit, order) => (hit, order))
                .OrderByDescending(h => typed.Contains(h.hit.Key)).ThenBy(h => h.order)
                .Select(h => new SearchIndexHit(
                    h.hit.Key,
                    phraseSnippets.FirstOrDefault(p => p.Key == h.hit.Key)?.Snippet ?? h.hit.Snippet))
                .ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection?.Dispose();
        _gate.Dispose();
    }

    private async Task<SqliteConnection> EnsureBuiltAsync(SearchCorpus corpus, CancellationToken cancellationToken)
    {
        if (_connection is not null && _stamp == corpus.Stamp)
        {
            return _connection;
        }

        if (_connection is null)
        {
            _connection = new SqliteConnection("Data Source=:memory:");
            await _connection.OpenAsync(cancellationToken);
        }

        await using var transaction = await _connection.BeginTransactionAsync(cancellationToken);
        await using (var create = _connection.CreateCommand())
        {
            create.CommandText = $"""
                DROP TABLE IF EXISTS docs;
                CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, summary, headings, body, tokenize = "{Tokenizer}");
                """;
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO docs (key, title, summary, headings, body) VALUES ($key, $title, $summary, $headings, $body)";
            var key = insert.Parameters.Add("$key", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var summary = insert.Parameters.Add("$summary", SqliteType.Text);
            var headings = insert.Parameters.Add("$headings", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            foreach (var document in corpus.Documents)
            {
                key.Value = document.Key;
                title.Value = WordHighlighter.Unmarked(document.Title);
                summary.Value = WordHighlighter.Unmarked(document.Summary);
                headings.Value = WordHighlighter.Unmarked(document.Headings);
                body.Value = WordHighlighter.Unmarked(document.Body);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        _stamp = corpus.Stamp;
        return _connection;
    }

    private static async Task<HashSet<string>> KeysAsync(SqliteConnection connection, string match, CancellationToken cancellationToken)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (match.Length == 0)
        {
            return keys;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM docs WHERE docs MATCH $match";
        command.Parameters.AddWithValue("$match", match);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <summary>Matches in bm25 order, each with a snippet of its text (else its summary) carrying FTS5's marks.</summary>
    private static async Task<List<SearchIndexHit>> SnippetsAsync(SqliteConnection connection, string match, CancellationToken cancellationToken)
    {
        var hits = new List<SearchIndexHit>();
        if (match.Length == 0)
        {
            return hits;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT key, snippet(docs, 4, {Marks}, '…', 32), highlight(docs, 2, {Marks})
            FROM docs WHERE docs MATCH $match ORDER BY {Columns}
            """;
        command.Parameters.AddWithValue("$match", match);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var marked = new[] { reader.GetString(1), reader.GetString(2) }.FirstOrDefault(s => s.Contains(WordHighlighter.Open))
                ?? reader.GetString(2);
            hits.Add(new SearchIndexHit(reader.GetString(0), WordHighlighter.ReadMarked(marked)));
        }

        return hits;
    }
}
