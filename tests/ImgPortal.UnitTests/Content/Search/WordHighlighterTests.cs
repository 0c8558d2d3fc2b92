using ImgPortal.Core.Content.Search;

namespace ImgPortal.UnitTests.Content.Search;

/// <summary>Highlighting reads right: whole words only, phrases as phrases, marks read back safely.</summary>
public sealed class WordHighlighterTests
{
    [Fact]
    public void Highlight_Step3_MarksTheRunNotEveryThree()
    {
        var pieces = WordHighlighter.Highlight("Take Step 3 in 2023; 3 tries are allowed.", SearchQuery.Parse("Step 3"));

        Assert.Equal(["Step 3"], Marked(pieces));
    }

    [Fact]
    public void Highlight_WordsNotSideBySide_MarksEachWholeWord()
    {
        var pieces = WordHighlighter.Highlight("Step one, then 3 more in 2023.", SearchQuery.Parse("step 3"));

        Assert.Equal(["Step", "3"], Marked(pieces));
    }

    [Fact]
    public void Highlight_PluralOfTheWord_IsMarkedWholeNeverSplit()
    {
        var pieces = WordHighlighter.Highlight("International medical graduates and undergraduates.", SearchQuery.Parse("graduate"));

        Assert.Equal(["graduates"], Marked(pieces));
        Assert.Equal("International medical graduates and undergraduates.", string.Concat(pieces.Select(p => p.Text)));
    }

    [Fact]
    public void Highlight_SynonymForms_AreMarked()
    {
        var pieces = WordHighlighter.Highlight("The application fee is due.", SearchQuery.Parse("cost"));

        Assert.Equal(["fee"], Marked(pieces));
    }

    [Fact]
    public void Highlight_RegexCharactersInTheQuery_AreMatchedLiterally()
    {
        var pieces = WordHighlighter.Highlight("A (b) c+ d.", SearchQuery.Parse("c+ (b)"));

        Assert.Contains(pieces, p => p.IsMatch);
    }

    [Fact]
    public void ReadMarked_Fts5Marks_BecomePieces()
    {
        var pieces = WordHighlighter.ReadMarked($"…the {WordHighlighter.Open}sponsor{WordHighlighter.Close} pays<b>");

        Assert.Equal([new TextPiece("…the ", false), new TextPiece("sponsor", true), new TextPiece(" pays<b>", false)], pieces);
    }

    [Fact]
    public void Unmarked_TextWithMarkCharacters_CannotForgeAMark()
    {
        var pieces = WordHighlighter.ReadMarked(WordHighlighter.Unmarked($"{WordHighlighter.Open}forged{WordHighlighter.Close}"));

        Assert.DoesNotContain(pieces, p => p.IsMatch);
    }

    private static List<string> Marked(IReadOnlyList<TextPiece> pieces) => pieces.Where(p => p.IsMatch).Select(p => p.Text).ToList();
}
