using ImgPortal.Core.Content.Search;

namespace ImgPortal.Infrastructure.Search;

/// <summary>
/// Builds an FTS5 MATCH expression. Every form is written as an FTS5 string ("…", inner quotes doubled), so nothing a
/// reader types (AND, NEAR, -, :, ^, *, parentheses) is read as FTS5 syntax; the porter tokenizer then splits and
/// stems the string's words, so a form with several words is a phrase. A prefix clause ends in <c>*</c> outside the quotes.
/// </summary>
public static class Fts5QueryBuilder
{
    /// <summary>Every clause (AND) or any clause (OR), each clause any of its forms; empty when nothing can be searched.</summary>
    public static string Build(SearchQuery query, bool everyClause) =>
        SearchConditions.Build(query, everyClause, typedOnly: false, Term);

    /// <summary>Only the words as typed, no synonyms: pages that have them rank first.</summary>
    public static string BuildTyped(SearchQuery query, bool everyClause) =>
        SearchConditions.Build(query, everyClause, typedOnly: true, Term);

    /// <summary>The query's words as one phrase, or empty when it has none.</summary>
    public static string BuildPhrase(SearchQuery query) => query.Phrase is null ? string.Empty : Quote(query.Phrase);

    public static string Quote(string form) => "\"" + form.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Term(string form, bool prefix) =>
        form.Any(char.IsLetterOrDigit) ? Quote(form) + (prefix ? "*" : string.Empty) : string.Empty;
}
