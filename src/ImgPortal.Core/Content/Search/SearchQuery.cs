using System.Text.RegularExpressions;

namespace ImgPortal.Core.Content.Search;

/// <summary>
/// One thing a page must contain to match: any of <see cref="Forms"/> (the word as typed first, then its synonyms;
/// a form with spaces is a phrase). <see cref="Prefix"/> when the reader typed <c>word*</c>.
/// </summary>
public sealed record SearchClause(IReadOnlyList<string> Forms, bool Prefix = false)
{
    public string Typed => Forms[0];
}

/// <summary>
/// A reader's query, parsed once and handed to whichever <see cref="ISearchIndex"/> the provider uses: quoted text is a
/// phrase, other words are expanded with <see cref="SearchSynonyms"/>, stop words are dropped (unless nothing else is
/// left). The index's query builder turns it into its own syntax; nothing typed here is ever syntax.
/// </summary>
public sealed partial class SearchQuery
{
    private const int MaxClauses = 8;

    private SearchQuery(IReadOnlyList<SearchClause> clauses, string? phrase)
    {
        Clauses = clauses;
        Phrase = phrase;
    }

    public IReadOnlyList<SearchClause> Clauses { get; }

    /// <summary>
    /// The unquoted words in the order typed, when there are two or more ("step 3"): where a page has them side by
    /// side, only that run is highlighted, not every "3".
    /// </summary>
    public string? Phrase { get; }

    public bool IsEmpty => Clauses.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchQuery([], null);
        }

        var trimmed = text.Length > GuidanceService.MaxQueryLength ? text[..GuidanceService.MaxQueryLength] : text;
        var clauses = new List<SearchClause>();
        foreach (Match quoted in QuotedText().Matches(trimmed))
        {
            var phrase = string.Join(' ', GuidanceService.SplitTerms(quoted.Groups[1].Value).Where(HasWordCharacter));
            if (phrase.Length > 0 && !clauses.Any(c => c.Typed == phrase))
            {
                clauses.Add(new SearchClause([phrase]));
            }
        }

        // What is left once the quoted phrases are out; an unmatched quote is just dropped.
        var words = GuidanceService.SplitTerms(QuotedText().Replace(trimmed, " ").Replace('"', ' '))
            .Select(w => (Word: w.TrimEnd('*'), Prefix: w.EndsWith('*')))
            .Where(w => HasWordCharacter(w.Word))
            .ToList();
        var meaningful = words.Where(w => !SearchSynonyms.StopWords.Contains(w.Word)).ToList();
        foreach (var (word, prefix) in meaningful.Count > 0 ? meaningful : words)
        {
            // A prefix of one letter would match most of the guidance: it is searched as a word.
            var clause = prefix && word.Length >= 2
                ? new SearchClause([word], Prefix: true)
                : new SearchClause(SearchSynonyms.Forms(word));
            if (!clauses.Any(c => c.Typed == clause.Typed))
            {
                clauses.Add(clause);
            }
        }

        var phraseWords = words.Select(w => w.Word).ToList();
        return new SearchQuery(
            clauses.Take(MaxClauses).ToList(),
            phraseWords.Count > 1 ? string.Join(' ', phraseWords) : null);
    }

    /// <summary>Every form of every clause, for highlighting where the index cannot mark matches itself.</summary>
    public IReadOnlyList<string> AllForms => Clauses.SelectMany(c => c.Forms).Distinct().ToList();

    private static bool HasWordCharacter(string text) => text.Any(char.IsLetterOrDigit);

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex QuotedText();
}
