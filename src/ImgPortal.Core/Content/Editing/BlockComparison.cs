namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// One part of a page compared word by word: its label ("Title", "Section: Fees"), what happened to it, and the words.
/// <paramref name="IsMarkdown"/>: the words are Markdown source (the body and sections), shown to staff as the text it
/// renders to (see <see cref="WordDiff.Rendered"/>).
/// </summary>
public sealed record BlockComparison(string Label, BlockChange Change, IReadOnlyList<DiffSpan> Spans, bool IsMarkdown = false)
{
    public int WordsAdded => Spans.Where(s => s.Kind == DiffKind.Added).Sum(s => WordDiff.CountWords(s.Text));

    public int WordsRemoved => Spans.Where(s => s.Kind == DiffKind.Removed).Sum(s => WordDiff.CountWords(s.Text));
}
