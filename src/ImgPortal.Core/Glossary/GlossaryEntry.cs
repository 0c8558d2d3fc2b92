namespace ImgPortal.Core.Glossary;

/// <summary>A glossary term as the public page shows it.</summary>
public sealed record GlossaryEntry(string Term, string LongForm, string Definition, string SourceUrl, string SourceTitle, DateOnly VerifiedOn)
{
    public string Anchor => GlossaryAnchors.For(Term);

    public char Letter => GlossaryAnchors.LetterOf(Term);
}
