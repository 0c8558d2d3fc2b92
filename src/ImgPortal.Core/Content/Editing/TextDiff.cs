namespace ImgPortal.Core.Content.Editing;

public enum DiffKind
{
    Unchanged,
    Removed,
    Added,
}

/// <summary>One line of a comparison, with its number in the old and the new text (null where it is absent).</summary>
public sealed record DiffLine(DiffKind Kind, string Text, int? OldNumber, int? NewNumber);

/// <summary>A line-based diff by longest common subsequence: small, exact, and enough for pages of guidance.</summary>
public static class TextDiff
{
    /// <summary>Beyond this many lines on either side the texts are shown as wholly removed and added.</summary>
    public const int MaxLines = 4000;

    public static IReadOnlyList<DiffLine> Lines(string before, string after)
    {
        var a = Split(before);
        var b = Split(after);
        if (a.Length > MaxLines || b.Length > MaxLines)
        {
            return [.. a.Select((t, i) => new DiffLine(DiffKind.Removed, t, i + 1, null)), .. b.Select((t, i) => new DiffLine(DiffKind.Added, t, null, i + 1))];
        }

        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                lines.Add(new DiffLine(DiffKind.Unchanged, a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                lines.Add(new DiffLine(DiffKind.Removed, a[x], x + 1, null));
                x++;
            }
            else
            {
                lines.Add(new DiffLine(DiffKind.Added, b[y], null, y + 1));
                y++;
            }
        }

        for (; x < a.Length; x++)
        {
            lines.Add(new DiffLine(DiffKind.Removed, a[x], x + 1, null));
        }

        for (; y < b.Length; y++)
        {
            lines.Add(new DiffLine(DiffKind.Added, b[y], null, y + 1));
        }

        return lines;
    }

    private static string[] Split(string text) =>
        string.IsNullOrEmpty(text) ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
