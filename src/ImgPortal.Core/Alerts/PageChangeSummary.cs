using System.Globalization;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.Core.Alerts;

/// <summary>
/// Says in words what a page's publication changed, from the same comparison the page history shows
/// (<see cref="WordDiff.ComparePages"/>): the changed parts by heading, with the words added and removed.
/// </summary>
public static class PageChangeSummary
{
    /// <summary>The summary, or null when the publication changed nothing readers see.</summary>
    public static string? Describe(PageContent before, PageContent after)
    {
        var changed = WordDiff.ComparePages(before, after).Where(b => b.Change != BlockChange.Unchanged).ToList();
        if (changed.Count == 0)
        {
            return null;
        }

        var parts = changed.Select(b => b.Change switch
        {
            BlockChange.Added => $"{b.Label} added",
            BlockChange.Removed => $"{b.Label} removed",
            _ => $"{b.Label} updated",
        });
        var added = changed.Sum(b => b.WordsAdded);
        var removed = changed.Sum(b => b.WordsRemoved);
        return string.Join("; ", parts) + string.Create(
            CultureInfo.InvariantCulture, $" ({added} {Words(added)} added, {removed} {Words(removed)} removed).");
    }

    private static string Words(int count) => count == 1 ? "word" : "words";
}
