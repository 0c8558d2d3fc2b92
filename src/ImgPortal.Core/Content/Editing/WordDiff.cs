using DiffPlex;
using DiffPlex.Chunkers;

namespace ImgPortal.Core.Content.Editing;

/// <summary>
/// Compares two texts word by word (DiffPlex), and two versions of a page part by part: title, summary, body, then
/// each section matched to its namesake by heading, so a one-word change shows as one word and a moved or renamed
/// section is compared as a section, not as lines of one long document.
/// </summary>
public static class WordDiff
{
    /// <summary>An unchanged passage longer than this many words is shortened to its first and last <see cref="ContextWords"/>.</summary>
    public const int CollapseAfterWords = 24;

    public const int ContextWords = 8;

    private static readonly Differ Differ = new();
    private static readonly WordChunker Words = new();

    /// <summary>The spans that turn <paramref name="before"/> into <paramref name="after"/>, adjacent spans of a kind merged.</summary>
    public static IReadOnlyList<DiffSpan> Compare(string before, string after)
    {
        var result = Differ.CreateDiffs(Normalize(before), Normalize(after), ignoreWhiteSpace: false, ignoreCase: false, Words);
        var spans = new List<DiffSpan>();
        var oldPieces = result.PiecesOld;
        var newPieces = result.PiecesNew;
        int oldAt = 0, newAt = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(spans, DiffKind.Unchanged, oldPieces, oldAt, block.DeleteStartA - oldAt);
            Add(spans, DiffKind.Removed, oldPieces, block.DeleteStartA, block.DeleteCountA);
            Add(spans, DiffKind.Added, newPieces, block.InsertStartB, block.InsertCountB);
            oldAt = block.DeleteStartA + block.DeleteCountA;
            newAt = block.InsertStartB + block.InsertCountB;
        }

        Add(spans, DiffKind.Unchanged, oldPieces, oldAt, oldPieces.Count - oldAt);
        _ = newAt;
        return spans;
    }

    /// <summary>Shortens long unchanged passages, keeping a few words either side of each change for context.</summary>
    public static IReadOnlyList<DiffSpan> Collapse(IReadOnlyList<DiffSpan> spans)
    {
        var result = new List<DiffSpan>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            var words = span.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (span.Kind != DiffKind.Unchanged || words.Length <= CollapseAfterWords)
            {
                result.Add(span);
                continue;
            }

            var keepStart = i > 0 ? ContextWords : 0;
            var keepEnd = i < spans.Count - 1 ? ContextWords : 0;
            if (keepStart > 0)
            {
                result.Add(new DiffSpan(DiffKind.Unchanged, string.Join(' ', words[..keepStart]) + " "));
            }

            result.Add(new DiffSpan(DiffKind.Collapsed, string.Empty, words.Length - keepStart - keepEnd));
            if (keepEnd > 0)
            {
                result.Add(new DiffSpan(DiffKind.Unchanged, " " + string.Join(' ', words[^keepEnd..])));
            }
        }

        return result;
    }

    /// <summary>Two versions of a page compared part by part; unchanged parts are included (and marked so).</summary>
    public static IReadOnlyList<BlockComparison> ComparePages(PageContent before, PageContent after)
    {
        var blocks = new List<BlockComparison>
        {
            Block("Title", before.Title, after.Title),
            Block("Summary", before.Summary, after.Summary),
            Block("Body", before.BodyMarkdown, after.BodyMarkdown) with { IsMarkdown = true },
        };

        var unmatched = before.Sections.ToList();
        foreach (var section in after.Sections)
        {
            var match = unmatched.FirstOrDefault(s => s.Kind == section.Kind && string.Equals(s.Heading.Trim(), section.Heading.Trim(), StringComparison.OrdinalIgnoreCase))
                ?? unmatched.FirstOrDefault(s => string.Equals(s.Heading.Trim(), section.Heading.Trim(), StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                blocks.Add(new BlockComparison(LabelOf(section), BlockChange.Added, [new DiffSpan(DiffKind.Added, Normalize(section.BodyMarkdown))], IsMarkdown: true));
                continue;
            }

            unmatched.Remove(match);
            var block = Block(LabelOf(section), match.BodyMarkdown, section.BodyMarkdown) with { IsMarkdown = true };
            blocks.Add(match.Kind == section.Kind ? block : block with { Label = $"{LabelOf(section)} (was a {KindName(match.Kind)})", Change = BlockChange.Changed });
        }

        blocks.AddRange(unmatched.Select(s => new BlockComparison(LabelOf(s), BlockChange.Removed, [new DiffSpan(DiffKind.Removed, Normalize(s.BodyMarkdown))], IsMarkdown: true)));
        return blocks;
    }

    /// <summary>How many parts differ between two versions: the "3 changes" staff read.</summary>
    public static int CountChanges(PageContent before, PageContent after) =>
        ComparePages(before, after).Count(b => b.Change != BlockChange.Unchanged);

    /// <summary>
    /// <paramref name="block"/> as staff read it: a Markdown block compared again as the text it renders to (no
    /// <c>**</c>, <c>[text](address)</c> or <c>#</c>), so the words that changed are the words a visitor reads.
    /// <see cref="RenderedBlock.FormattingOnly"/>: the Markdown changed but its text did not (bold, a link's address).
    /// Other blocks are returned as they are.
    /// </summary>
    public static RenderedBlock Rendered(BlockComparison block, Func<string, string> toPlainText)
    {
        if (!block.IsMarkdown)
        {
            return new RenderedBlock(block, FormattingOnly: false);
        }

        var before = toPlainText(string.Concat(block.Spans.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        var after = toPlainText(string.Concat(block.Spans.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        IReadOnlyList<DiffSpan> spans = block.Change switch
        {
            BlockChange.Added => [new DiffSpan(DiffKind.Added, Normalize(after))],
            BlockChange.Removed => [new DiffSpan(DiffKind.Removed, Normalize(before))],
            _ => Compare(before, after),
        };
        var formattingOnly = block.Change == BlockChange.Changed && spans.All(s => s.Kind == DiffKind.Unchanged);
        return new RenderedBlock(block with { Spans = spans }, formattingOnly);
    }

    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static BlockComparison Block(string label, string before, string after)
    {
        var spans = Compare(before, after);
        var changed = spans.Any(s => s.Kind != DiffKind.Unchanged);
        return new BlockComparison(label, changed ? BlockChange.Changed : BlockChange.Unchanged, spans);
    }

    private static string LabelOf(SectionContent section) => (section.Kind == SectionKind.Step ? "Step: " : "Section: ") + section.Heading;

    private static string KindName(SectionKind kind) => kind == SectionKind.Step ? "step" : "section";

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    private static void Add(List<DiffSpan> spans, DiffKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(start).Take(count));
        if (spans.Count > 0 && spans[^1].Kind == kind)
        {
            spans[^1] = spans[^1] with { Text = spans[^1].Text + text };
        }
        else
        {
            spans.Add(new DiffSpan(kind, text));
        }
    }
}
