using ImgPortal.Core.SourceWatch;

namespace ImgPortal.UnitTests.SourceWatch;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("Last updated December 7, 2026")]
    [InlineData("Last updated 7 December 2026")]
    [InlineData("Last updated Monday, Dec. 7, 2026")]
    [InlineData("Last updated 2026-12-07")]
    [InlineData("Last updated 2026-12-07T10:30:00Z")]
    [InlineData("Last updated 12/07/2026")]
    public void Normalize_PageDate_BecomesTheMarker(string text)
    {
        Assert.Equal("Last updated [date]", SourceText.Normalize(text));
    }

    [Fact]
    public void Normalize_Whitespace_IsCollapsed()
    {
        Assert.Equal("a b c", SourceText.Normalize("  a\n\n b\t c  "));
    }

    [Fact]
    public void Normalize_NumbersThatAreNotDates_AreKept()
    {
        Assert.Equal("Three years, 36 months, $1,250 fee, 2 steps", SourceText.Normalize("Three years, 36 months, $1,250 fee, 2 steps"));
    }

    [Fact]
    public void Normalize_LongText_IsCutAtTheMaximum()
    {
        Assert.Equal(SourceText.MaxLength, SourceText.Normalize(new string('a', SourceText.MaxLength + 10)).Length);
    }

    [Fact]
    public void Hash_SameText_SameHash()
    {
        Assert.Equal(SourceText.Hash("abc"), SourceText.Hash("abc"));
        Assert.NotEqual(SourceText.Hash("abc"), SourceText.Hash("abd"));
    }
}
