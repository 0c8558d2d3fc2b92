using ImgPortal.Core.Content;

namespace ImgPortal.Core.Glossary;

/// <summary>Where a glossary term lives: <c>/glossary#ecfmg</c>. The page and the first-use links build it here.</summary>
public static class GlossaryAnchors
{
    /// <summary>The glossary page's path.</summary>
    public const string PagePath = "/glossary";

    /// <summary>The term's fragment, e.g. <c>mua-p</c> for <c>MUA/P</c>.</summary>
    public static string For(string term) => SectionAnchors.For(term);

    /// <summary>The term's address on the glossary page, e.g. <c>/glossary#ecfmg</c>.</summary>
    public static string Href(string term) => PagePath + "#" + For(term);

    /// <summary>The letter a term is filed under in the index: A to Z, or # for a term that starts otherwise.</summary>
    public static char LetterOf(string term)
    {
        var first = term.Length > 0 ? char.ToUpperInvariant(term[0]) : '#';
        return first is >= 'A' and <= 'Z' ? first : '#';
    }
}
