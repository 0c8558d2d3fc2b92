using ImgPortal.Core.Content.Search;

namespace ImgPortal.Infrastructure.Search;

/// <summary>
/// The shape both full-text engines' conditions share: every clause (AND) or any clause (OR), each clause any of its
/// forms (OR, in parentheses when there are several). Each engine writes its own term for one form
/// (<see cref="Fts5QueryBuilder"/>, <see cref="SqlServerFullTextQueryBuilder"/>); an empty term is left out.
/// </summary>
internal static class SearchConditions
{
    /// <param name="query">What the reader typed, parsed.</param>
    /// <param name="everyClause">Whether every clause must match (AND) or any (OR).</param>
    /// <param name="typedOnly">Only the words as typed (no synonyms or other forms).</param>
    /// <param name="term">Writes one form as the engine's term (the flag: a prefix clause), or empty when it cannot be searched.</param>
    public static string Build(SearchQuery query, bool everyClause, bool typedOnly, Func<string, bool, string> term) =>
        string.Join(
            everyClause ? " AND " : " OR ",
            query.Clauses.Select(c => Any(typedOnly ? [c.Typed] : c.Forms, c.Prefix, term)).Where(c => c.Length > 0));

    private static string Any(IEnumerable<string> forms, bool prefix, Func<string, bool, string> term)
    {
        var written = forms.Select(f => term(f, prefix)).Where(t => t.Length > 0).ToList();
        return written.Count switch
        {
            0 => string.Empty,
            1 => written[0],
            _ => "(" + string.Join(" OR ", written) + ")",
        };
    }
}
