using ImgPortal.Core.Glossary;

namespace ImgPortal.Web.ViewModels.Glossary;

/// <summary>The terms filed under one letter of the glossary's index.</summary>
public sealed record GlossaryLetter(char Letter, IReadOnlyList<GlossaryEntry> Entries)
{
    /// <summary>The letter's section anchor: <c>letter-a</c>, or <c>letter-other</c> for #.</summary>
    public string Anchor => AnchorOf(Letter);

    public static string AnchorOf(char letter) => letter == '#' ? "letter-other" : "letter-" + char.ToLowerInvariant(letter);
}
