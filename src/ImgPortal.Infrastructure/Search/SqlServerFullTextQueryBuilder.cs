using ImgPortal.Core.Content.Search;

namespace ImgPortal.Infrastructure.Search;

/// <summary>
/// Builds the search condition of a SQL Server <c>CONTAINSTABLE</c>, passed as a parameter (never spliced into the
/// SQL). A single word is matched in all its inflectional forms (<c>FORMSOF(INFLECTIONAL, "sponsor")</c>), a form with
/// several words as a phrase, a prefix clause as <c>"spon*"</c>. Double quotes are taken out of each form, so what a
/// reader types stays inside its quoted term and is never read as full-text syntax.
/// </summary>
public static class SqlServerFullTextQueryBuilder
{
    public static string Build(SearchQuery query, bool everyClause) =>
        SearchConditions.Build(query, everyClause, typedOnly: false, Term);

    public static string BuildTyped(SearchQuery query, bool everyClause) =>
        SearchConditions.Build(query, everyClause, typedOnly: true, Term);

    private static string Term(string form, bool prefix)
    {
        var words = form.Replace('"', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(w => w.Any(char.IsLetterOrDigit)))
        {
            return string.Empty;
        }

        var quoted = "\"" + string.Join(' ', words) + (prefix ? "*" : string.Empty) + "\"";
        return words.Length == 1 && !prefix ? "FORMSOF(INFLECTIONAL, " + quoted + ")" : quoted;
    }
}
