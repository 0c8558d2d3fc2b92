using System.Text.RegularExpressions;

namespace ImgPortal.Core.Content.Search;

/// <summary>
/// Marks whole words, never parts of one: "3" is not marked inside "2023", and "graduate" marks all of "graduates".
/// When the query's words stand side by side in the text ("Step 3"), only that run is marked. Used where the index
/// cannot mark its own matches (SQL Server), and to read the marks FTS5 puts in its snippets.
/// </summary>
public static class WordHighlighter
{
    /// <summary>Marks FTS5 writes around a matched word: private-use characters that never occur in indexed text.</summary>
    public const char Open = '\uE000';

    public const char Close = '\uE001';

    private const int SnippetLength = 220;

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>The text with the query's phrase marked where it occurs, else every whole-word form of its clauses.</summary>
    public static IReadOnlyList<TextPiece> Highlight(string text, SearchQuery query)
    {
        if (query.Phrase is not null)
        {
            var phrase = Mark(text, [query.Phrase]);
            if (phrase.Any(p => p.IsMatch))
            {
                return phrase;
            }
        }

        return Mark(text, query.AllForms);
    }

    /// <summary>About <c>220</c> characters of <paramref name="text"/> around the first match, highlighted; null when nothing matches.</summary>
    public static IReadOnlyList<TextPiece>? Snippet(string text, SearchQuery query)
    {
        var forms = query.Phrase is null ? query.AllForms : [query.Phrase, .. query.AllForms];
        var first = Pattern(forms)?.Match(text);
        if (first is null || !first.Success)
        {
            return null;
        }

        var start = Math.Max(0, first.Index - 60);
        var length = Math.Min(SnippetLength, text.Length - start);
        var window = (start > 0 ? "…" : string.Empty) + text.Substring(start, length).Trim() + (start + length < text.Length ? "…" : string.Empty);
        return Highlight(window, query);
    }

    /// <summary>Every whole-word, case-insensitive occurrence of any form (a form with spaces is a phrase), longest form first.</summary>
    public static IReadOnlyList<TextPiece> Mark(string text, IEnumerable<string> forms)
    {
        var pattern = Pattern(forms);
        if (pattern is null)
        {
            return [new TextPiece(text, false)];
        }

        var pieces = new List<TextPiece>();
        var at = 0;
        foreach (Match match in pattern.Matches(text))
        {
            if (match.Index > at)
            {
                pieces.Add(new TextPiece(text[at..match.Index], false));
            }

            pieces.Add(new TextPiece(match.Value, true));
            at = match.Index + match.Length;
        }

        if (at < text.Length)
        {
            pieces.Add(new TextPiece(text[at..], false));
        }

        return pieces;
    }

    /// <summary>Reads a snippet marked with <see cref="Open"/> and <see cref="Close"/> into pieces.</summary>
    public static IReadOnlyList<TextPiece> ReadMarked(string marked)
    {
        var pieces = new List<TextPiece>();
        var at = 0;
        while (at < marked.Length)
        {
            var open = marked.IndexOf(Open, at);
            if (open < 0)
            {
                pieces.Add(new TextPiece(marked[at..], false));
                break;
            }

            if (open > at)
            {
                pieces.Add(new TextPiece(marked[at..open], false));
            }

            var close = marked.IndexOf(Close, open + 1);
            var end = close < 0 ? marked.Length : close;
            if (end > open + 1)
            {
                pieces.Add(new TextPiece(marked[(open + 1)..end], true));
            }

            at = end + 1;
        }

        return pieces;
    }

    /// <summary>Removes the mark characters, so indexed text cannot forge a mark.</summary>
    public static string Unmarked(string text) => text.Replace(Open, ' ').Replace(Close, ' ');

    private static Regex? Pattern(IEnumerable<string> forms)
    {
        var alternatives = forms
            .Select(f => f.Trim())
            .Where(f => f.Any(char.IsLetterOrDigit))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length)
            .Select(f => string.Join(@"[\s\-]+", f.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .ToList();
        return alternatives.Count == 0
            ? null

            // Not inside a word on either side; a plural ending belongs to the word ("graduates" for "graduate").
            : new Regex(
                @"(?<![\p{L}\p{N}])(?:" + string.Join('|', alternatives) + @")(?:e?s)?(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
                Timeout);
    }
}
