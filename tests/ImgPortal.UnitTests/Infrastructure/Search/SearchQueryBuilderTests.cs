using ImgPortal.Core.Content.Search;
using ImgPortal.Infrastructure.Search;
using Microsoft.Data.Sqlite;

namespace ImgPortal.UnitTests.Infrastructure.Search;

/// <summary>Both providers' query builders: synonyms, phrases, prefixes, and hostile text that must never be syntax.</summary>
public sealed class SearchQueryBuilderTests
{
    public static TheoryData<string> HostileQueries =>
    [
        "\"", "\"\"", "a\"b", "NEAR(visa fee, 2)", "visa NEAR fee", "-visa", "visa -fee", "title:visa", "{title}: visa", "^visa",
        "*", "visa*", "**", "(", ")", "visa AND", "OR", "NOT visa", "AND OR NOT", "'; DROP TABLE docs; --", "\"unbalanced phrase",
        "fee + cost", "100%", "snake_case", "j-1", "\u00e9t\u00e9", "\u0000", "\ue000visa\ue001", "+", ":", "\\",
    ];

    [Fact]
    public void Fts5_SynonymWord_IsAnyOfItsFormsEachQuoted()
    {
        var match = Fts5QueryBuilder.Build(SearchQuery.Parse("cost"), everyClause: true);

        Assert.Equal("(\"cost\" OR \"fee\" OR \"price\" OR \"charge\")", match);
    }

    [Fact]
    public void Fts5_SeveralWords_EveryOneIsRequired()
    {
        var match = Fts5QueryBuilder.Build(SearchQuery.Parse("visa interview"), everyClause: true);

        Assert.Equal("\"visa\" AND \"interview\"", match);
    }

    [Fact]
    public void Fts5_AnyClause_JoinsWithOr()
    {
        var match = Fts5QueryBuilder.Build(SearchQuery.Parse("visa interview"), everyClause: false);

        Assert.Equal("\"visa\" OR \"interview\"", match);
    }

    [Fact]
    public void Fts5_QuotedWords_AreOnePhrase()
    {
        var match = Fts5QueryBuilder.Build(SearchQuery.Parse("\"Step 3\" exam"), everyClause: true);

        Assert.Equal("\"step 3\" AND \"exam\"", match);
    }

    [Fact]
    public void Fts5_TrailingStar_IsAPrefixOutsideTheQuotes()
    {
        var match = Fts5QueryBuilder.Build(SearchQuery.Parse("spons*"), everyClause: true);

        Assert.Equal("\"spons\"*", match);
    }

    [Fact]
    public void Fts5_OperatorWordsAndSyntaxCharacters_StayInsideQuotedStrings()
    {
        var match = Fts5QueryBuilder.Build(SearchQuery.Parse("NEAR -visa title:fee"), everyClause: true);

        Assert.Equal("\"near\" AND \"-visa\" AND \"title:fee\"", match);
    }

    [Fact]
    public void Fts5_QuoteInsideAWord_IsDoubled()
    {
        Assert.Equal("\"o\"\"brien\"", Fts5QueryBuilder.Quote("o\"brien"));
    }

    [Fact]
    public void Fts5_NothingSearchable_BuildsNothing()
    {
        Assert.Equal(string.Empty, Fts5QueryBuilder.Build(SearchQuery.Parse("* - : \"\""), everyClause: true));
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Fts5_HostileQuery_RunsOnARealFts5TableWithoutError(string query)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            CREATE VIRTUAL TABLE docs USING fts5(key UNINDEXED, title, summary, headings, body, tokenize = "{SqliteFts5SearchIndex.Tokenizer}");
            INSERT INTO docs VALUES ('k', 'Visa fee', 'A summary', 'Step 3', 'The cost of a visa and its fee: 100% snake_case j-1.');
            """;
        await command.ExecuteNonQueryAsync();

        foreach (var everyClause in new[] { true, false })
        {
            var parsed = SearchQuery.Parse(query);
            foreach (var match in new[] { Fts5QueryBuilder.Build(parsed, everyClause), Fts5QueryBuilder.BuildTyped(parsed, everyClause), Fts5QueryBuilder.BuildPhrase(parsed) }
                .Where(m => m.Length > 0))
            {
                await using var select = connection.CreateCommand();
                select.CommandText = "SELECT count(*) FROM docs WHERE docs MATCH $match";
                select.Parameters.AddWithValue("$match", match);
                await select.ExecuteScalarAsync();
            }
        }
    }

    [Fact]
    public void SqlServer_SingleWords_MatchEveryInflectionalForm()
    {
        var condition = SqlServerFullTextQueryBuilder.Build(SearchQuery.Parse("sponsorship"), everyClause: true);

        Assert.Equal("(FORMSOF(INFLECTIONAL, \"sponsorship\") OR FORMSOF(INFLECTIONAL, \"sponsor\"))", condition);
    }

    [Fact]
    public void SqlServer_SynonymWithSeveralWords_IsAPhrase()
    {
        var condition = SqlServerFullTextQueryBuilder.Build(SearchQuery.Parse("USCE"), everyClause: true);

        Assert.Contains("\"clinical experience\"", condition, StringComparison.Ordinal);
        Assert.StartsWith("(FORMSOF(INFLECTIONAL, \"usce\") OR ", condition, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlServer_QuotedWordsAndPrefix_ArePhraseAndPrefixTerms()
    {
        var condition = SqlServerFullTextQueryBuilder.Build(SearchQuery.Parse("\"step 3\" spons*"), everyClause: true);

        Assert.Equal("\"step 3\" AND \"spons*\"", condition);
    }

    [Fact]
    public void SqlServer_AnyClause_JoinsWithOr()
    {
        var condition = SqlServerFullTextQueryBuilder.Build(SearchQuery.Parse("visa interview"), everyClause: false);

        Assert.Equal("FORMSOF(INFLECTIONAL, \"visa\") OR FORMSOF(INFLECTIONAL, \"interview\")", condition);
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public void SqlServer_HostileQuery_EveryTermIsOneBalancedQuotedString(string query)
    {
        var condition = SqlServerFullTextQueryBuilder.Build(SearchQuery.Parse(query), everyClause: true);

        // Outside the quoted terms only the builder's own words and punctuation remain.
        var outside = string.Concat(condition.Split('"').Where((_, i) => i % 2 == 0));
        Assert.Equal(0, condition.Count(c => c == '"') % 2);
        Assert.Matches("^[A-Z(), ]*$", outside);
    }

    [Fact]
    public void SqlServer_SearchSql_TakesTheConditionAsItsOnlyParameter()
    {
        Assert.Contains("CONTAINSTABLE(", SqlServerFullTextSearchIndex.SearchSql, StringComparison.Ordinal);
        Assert.Equal(["@condition"], System.Text.RegularExpressions.Regex.Matches(SqlServerFullTextSearchIndex.SearchSql, "@\\w+").Select(m => m.Value));
    }
}
