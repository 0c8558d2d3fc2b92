using ImgPortal.Core.Glossary;

namespace ImgPortal.Web.ViewModels.Glossary;

/// <summary>The glossary page: its terms grouped by first letter, and the A–Z index (letters with no term are not links).</summary>
public sealed record GlossaryViewModel(IReadOnlyList<GlossaryLetter> Letters)
{
    /// <summary>A to Z, then # when any term starts with something else.</summary>
    public IEnumerable<(char Letter, bool HasTerms)> Index =>
        Enumerable.Range('A', 26).Select(c => (char)c)
            .Select(c => (c, Letters.Any(l => l.Letter == c)))
            .Concat(Letters.Where(l => l.Letter == '#').Select(l => (l.Letter, true)));

    public int Count => Letters.Sum(l => l.Entries.Count);

    public static GlossaryViewModel From(IReadOnlyList<GlossaryEntry> entries) =>
        new(entries.GroupBy(e => e.Letter)
            .OrderBy(g => g.Key == '#' ? 1 : 0).ThenBy(g => g.Key)
            .Select(g => new GlossaryLetter(g.Key, g.ToList()))
            .ToList());
}
