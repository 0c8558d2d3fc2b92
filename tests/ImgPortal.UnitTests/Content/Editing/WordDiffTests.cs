using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;

namespace ImgPortal.UnitTests.Content.Editing;

public sealed class WordDiffTests
{
    [Fact]
    public void Compare_OneWordChanged_ShowsOnlyThatWordRemovedAndAdded()
    {
        var spans = WordDiff.Compare("Apply to the State 30 program by March.", "Apply to the State 30 program by April.");

        Assert.Equal("March", Assert.Single(spans, s => s.Kind == DiffKind.Removed).Text);
        Assert.Equal("April", Assert.Single(spans, s => s.Kind == DiffKind.Added).Text);
        Assert.Equal("Apply to the State 30 program by ", spans[0].Text);
        Assert.Equal(DiffKind.Unchanged, spans[0].Kind);
    }

    [Fact]
    public void Compare_SameText_IsOneUnchangedSpan()
    {
        var spans = WordDiff.Compare("Same words\nacross lines.", "Same words\nacross lines.");

        var only = Assert.Single(spans);
        Assert.Equal(DiffKind.Unchanged, only.Kind);
        Assert.Equal("Same words\nacross lines.", only.Text);
    }

    [Fact]
    public void Compare_SpansJoined_RebuildBothTexts()
    {
        const string Before = "One two three four five.";
        const string After = "One three four six five, seven.";

        var spans = WordDiff.Compare(Before, After);

        Assert.Equal(Before, string.Concat(spans.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
        Assert.Equal(After, string.Concat(spans.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
    }

    [Fact]
    public void Collapse_LongUnchangedPassageBetweenChanges_KeepsEightWordsEitherSide()
    {
        var middle = string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i));
        var spans = WordDiff.Compare("start " + middle + " end", "begin " + middle + " finish");

        var collapsed = WordDiff.Collapse(spans);

        var gap = Assert.Single(collapsed, s => s.Kind == DiffKind.Collapsed);
        Assert.Equal(40 - 16, gap.CollapsedWords);
        Assert.Contains(collapsed, s => s.Kind == DiffKind.Added && s.Text == "begin");
        Assert.Contains(collapsed, s => s.Kind == DiffKind.Added && s.Text == "finish");
    }

    [Fact]
    public void Collapse_ShortUnchangedPassage_IsKeptWhole()
    {
        var spans = WordDiff.Compare("a b c d", "a b x d");

        Assert.Equal(spans, WordDiff.Collapse(spans));
    }

    [Fact]
    public void ComparePages_SectionsMatchedByHeading_ReorderIsNotAChangeAndOnlyTheEditedSectionDiffers()
    {
        var before = Page(("Fees", "The fee is $100."), ("Timeline", "Apply in spring."), ("Old notes", "Remove me."));
        var after = Page(("Timeline", "Apply in spring."), ("Fees", "The fee is $120."), ("New step", "Added text."));

        var blocks = WordDiff.ComparePages(before, after);

        Assert.Equal(BlockChange.Unchanged, blocks.Single(b => b.Label == "Title").Change);
        Assert.Equal(BlockChange.Unchanged, blocks.Single(b => b.Label == "Section: Timeline").Change);
        var fees = blocks.Single(b => b.Label == "Section: Fees");
        Assert.Equal(BlockChange.Changed, fees.Change);
        Assert.Equal(1, fees.WordsRemoved);
        Assert.Equal(1, fees.WordsAdded);
        Assert.Equal(BlockChange.Added, blocks.Single(b => b.Label == "Section: New step").Change);
        Assert.Equal(BlockChange.Removed, blocks.Single(b => b.Label == "Section: Old notes").Change);
        Assert.Equal(3, WordDiff.CountChanges(before, after));
    }

    [Fact]
    public void Rendered_BodyWithMarkdown_ComparesTheTextVisitorsReadWithoutMarkup()
    {
        var before = new PageContent("T", "S", "Pay the **fee** at [ECFMG](https://www.ecfmg.org/).\n\n# Dates\n\n- Apply by March.", []);
        var after = new PageContent("T", "S", "Pay the **new fee** at [ECFMG](https://www.ecfmg.org/).\n\n# Dates\n\n- Apply by April.", []);
        var body = WordDiff.ComparePages(before, after).Single(b => b.Label == "Body");

        var rendered = WordDiff.Rendered(body, new MarkdownRenderer().ToPlainText);

        var text = string.Concat(rendered.Block.Spans.Select(s => s.Text));
        Assert.DoesNotContain("**", text, StringComparison.Ordinal);
        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("#", text, StringComparison.Ordinal);
        Assert.Contains("ECFMG.", text, StringComparison.Ordinal);
        Assert.Equal(["new", "April"], rendered.Block.Spans.Where(s => s.Kind == DiffKind.Added).Select(s => s.Text.Trim()));
        Assert.Equal(["March"], rendered.Block.Spans.Where(s => s.Kind == DiffKind.Removed).Select(s => s.Text.Trim()));
        Assert.False(rendered.FormattingOnly);
    }

    [Fact]
    public void Rendered_OnlyBoldAdded_IsFormattingOnlyWithNoWordChanged()
    {
        var before = new PageContent("T", "S", "Pay the fee.", [new SectionContent(SectionKind.Section, "Fees", "See [the board](https://a.example/).")]);
        var after = new PageContent("T", "S", "Pay the **fee**.", [new SectionContent(SectionKind.Section, "Fees", "See [the board](https://b.example/).")]);

        var blocks = WordDiff.ComparePages(before, after).Select(b => WordDiff.Rendered(b, new MarkdownRenderer().ToPlainText)).ToList();

        Assert.All(blocks.Where(b => b.Block.Change == BlockChange.Changed), b =>
        {
            Assert.True(b.FormattingOnly);
            Assert.All(b.Block.Spans, s => Assert.Equal(DiffKind.Unchanged, s.Kind));
        });
        Assert.Equal(2, blocks.Count(b => b.Block.Change == BlockChange.Changed));
    }

    [Fact]
    public void Rendered_TitleIsNotMarkdown_IsLeftAsItIs()
    {
        var blocks = WordDiff.ComparePages(new PageContent("# One", "S", "B", []), new PageContent("# Two", "S", "B", []));

        var title = WordDiff.Rendered(blocks.Single(b => b.Label == "Title"), _ => "should not be used");

        Assert.Same(blocks.Single(b => b.Label == "Title"), title.Block);
    }

    private static PageContent Page(params (string Heading, string Body)[] sections) =>
        new("J-1 waiver", "Summary", "Body text.", [.. sections.Select(s => new SectionContent(SectionKind.Section, s.Heading, s.Body))]);
}
