using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.UnitTests.Content;

public sealed class TextDiffTests
{
    [Fact]
    public void Lines_SameText_AllUnchanged()
    {
        var lines = TextDiff.Lines("a\nb\nc", "a\nb\nc");

        Assert.All(lines, l => Assert.Equal(DiffKind.Unchanged, l.Kind));
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void Lines_OneLineChanged_ShowsItRemovedThenAddedWithLineNumbers()
    {
        var lines = TextDiff.Lines("title\nold line\nend", "title\nnew line\nend");

        Assert.Equal(
            [
                new DiffLine(DiffKind.Unchanged, "title", 1, 1),
                new DiffLine(DiffKind.Removed, "old line", 2, null),
                new DiffLine(DiffKind.Added, "new line", null, 2),
                new DiffLine(DiffKind.Unchanged, "end", 3, 3),
            ],
            lines);
    }

    [Fact]
    public void Lines_InsertionAndDeletion_KeepTheLongestCommonLines()
    {
        var lines = TextDiff.Lines("a\nb\nc\nd", "a\nc\nd\ne");

        Assert.Equal("a b c d", string.Join(' ', lines.Where(l => l.Kind != DiffKind.Added).Select(l => l.Text)));
        Assert.Equal("a c d e", string.Join(' ', lines.Where(l => l.Kind != DiffKind.Removed).Select(l => l.Text)));
        Assert.Single(lines, l => l.Kind == DiffKind.Removed && l.Text == "b");
        Assert.Single(lines, l => l.Kind == DiffKind.Added && l.Text == "e");
    }

    [Fact]
    public void Lines_FromEmpty_EverythingAdded()
    {
        var lines = TextDiff.Lines(string.Empty, "x\r\ny");

        Assert.Equal([DiffKind.Added, DiffKind.Added], lines.Select(l => l.Kind));
    }

    [Fact]
    public void ToComparableText_PageWithSteps_NamesEachPart()
    {
        var content = new PageContent("T", "S", "Body", [new SectionContent(SectionKind.Step, "First", "Do it")]);

        var text = content.ToComparableText();

        Assert.Equal("Title: T\nSummary: S\n\nBody\n\nStep: First\nDo it\n", text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Sections_SerializedAndRead_RoundTrip()
    {
        IReadOnlyList<SectionContent> sections = [new(SectionKind.Section, "H", "B"), new(SectionKind.Step, "S", "")];

        var read = PageContent.DeserializeSections(PageContent.SerializeSections(sections));

        Assert.Equal(sections, read);
    }
}
