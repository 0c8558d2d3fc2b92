using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Core.SourceWatch;

/// <summary>How much of a source's text changed, by the same word diff the page history uses (<see cref="WordDiff"/>).</summary>
public static class ChangeMeasure
{
    /// <summary>Words removed plus words added, over the longer text's words: 0 for none, 1 for all (or more).</summary>
    public static double Fraction(string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return 0;
        }

        var changed = WordDiff.Compare(before, after)
            .Where(s => s.Kind is DiffKind.Added or DiffKind.Removed)
            .Sum(s => WordDiff.CountWords(s.Text));
        var total = Math.Max(WordDiff.CountWords(before), WordDiff.CountWords(after));
        return total == 0 ? 0 : Math.Min(1, (double)changed / total);
    }

    /// <summary>Whether the change counts: some word changed, and more than <paramref name="threshold"/> of them.</summary>
    public static bool IsChange(string before, string after, double threshold)
    {
        var fraction = Fraction(before, after);
        return fraction > 0 && fraction > threshold;
    }
}
