using System.Data;
using System.Data.Common;
using ImgPortal.Core.Content.Search;
using ImgPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Infrastructure.Search;

/// <summary>
/// The search index on SQL Server (ADR 0085): a table outside the EF model with a full-text index, created at first
/// use when missing, refilled from the published content when the corpus's stamp changes, and queried with
/// <c>CONTAINSTABLE</c> and the condition <see cref="SqlServerFullTextQueryBuilder"/> builds (a parameter). SQL Server
/// fills a full-text index in the background, so a publish shows in search a moment later. Its snippets are
/// highlighted by <see cref="WordHighlighter"/> (whole words), as SQL Server does not mark its matches.
/// </summary>
public sealed class SqlServerFullTextSearchIndex(AppDbContext db) : ISearchIndex
{
    public const string TableName = "SearchIndexDocuments";

    private static readonly string[] Schema =
    [
        $"""
        IF OBJECT_ID(N'dbo.{TableName}') IS NULL
        CREATE TABLE dbo.{TableName} (
            [Id] int IDENTITY(1,1) NOT NULL CONSTRAINT PK_{TableName} PRIMARY KEY,
            [Key] nvarchar(200) NOT NULL,
            [Stamp] nvarchar(100) NOT NULL,
            [Title] nvarchar(max) NOT NULL,
            [Summary] nvarchar(max) NOT NULL,
            [Headings] nvarchar(max) NOT NULL,
            [Body] nvarchar(max) NOT NULL)
        """,
        "IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'ImgPortalSearch') EXEC(N'CREATE FULLTEXT CATALOG ImgPortalSearch')",
        $"""
        IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.{TableName}'))
        EXEC(N'CREATE FULLTEXT INDEX ON dbo.{TableName} ([Title] LANGUAGE 1033, [Summary] LANGUAGE 1033, [Headings] LANGUAGE 1033, [Body] LANGUAGE 1033)
            KEY INDEX PK_{TableName} ON ImgPortalSearch WITH CHANGE_TRACKING AUTO')
        """,
    ];

    /// <summary>The ranked query; the search condition is the parameter <c>@condition</c>.</summary>
    public const string SearchSql = $"""
        SELECT d.[Key] FROM CONTAINSTABLE(dbo.{TableName}, ([Title], [Summary], [Headings], [Body]), @condition) AS ft
        JOIN dbo.{TableName} AS d ON d.[Id] = ft.[KEY]
        ORDER BY ft.[RANK] DESC, d.[Id]
        """;

    public async Task<IReadOnlyList<SearchIndexHit>> SearchAsync(
        SearchCorpus corpus, SearchQuery query, bool everyClause, CancellationToken cancellationToken = default)
    {
        var condition = SqlServerFullTextQueryBuilder.Build(query, everyClause);
        if (condition.Length == 0)
        {
            return [];
        }

        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await EnsureFilledAsync(connection, corpus, cancellationToken);
        var typed = (await KeysAsync(connection, SqlServerFullTextQueryBuilder.BuildTyped(query, everyClause), cancellationToken)).ToHashSet();
        return (await KeysAsync(connection, condition, cancellationToken))
            .Select((key, order) => (key, order))
            .OrderByDescending(k => typed.Contains(k.key)).ThenBy(k => k.order)
            .Select(k => new SearchIndexHit(k.key, null))
            .ToList();
    }

    private static async Task EnsureFilledAsync(DbConnection connection, SearchCorpus corpus, CancellationToken cancellationToken)
    {
        foreach (var statement in Schema)
        {
            await ExecuteAsync(connection, null, statement, [], cancellationToken);
        }

        await using (var current = connection.CreateCommand())
        {
            current.CommandText = $"SELECT TOP 1 [Stamp] FROM dbo.{TableName}";
            if (await current.ExecuteScalarAsync(cancellationToken) is string stamp && stamp == corpus.Stamp)
            {
                return;
            }
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"DELETE FROM dbo.{TableName}", [], cancellationToken);
        foreach (var document in corpus.Documents)
        {
            await ExecuteAsync(
                connection,
                transaction,
                $"INSERT INTO dbo.{TableName} ([Key], [Stamp], [Title], [Summary], [Headings], [Body]) VALUES (@key, @stamp, @title, @summary, @headings, @body)",
                [("@key", document.Key), ("@stamp", corpus.Stamp), ("@title", document.Title), ("@summary", document.Summary),
                    ("@headings", document.Headings), ("@body", document.Body)],
                cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task<List<string>> KeysAsync(DbConnection connection, string condition, CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        if (condition.Length == 0)
        {
            return keys;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = SearchSql;
        AddParameter(command, "@condition", condition);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static async Task ExecuteAsync(
        DbConnection connection, DbTransaction? transaction, string sql, IReadOnlyList<(string Name, string Value)> parameters, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            AddParameter(command, name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
