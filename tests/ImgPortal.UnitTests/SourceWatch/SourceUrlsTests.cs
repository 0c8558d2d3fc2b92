using ImgPortal.Core.SourceWatch;

namespace ImgPortal.UnitTests.SourceWatch;

public sealed class SourceUrlsTests
{
    [Theory]
    [InlineData("HTTPS://Board.Example.GOV/Laws#part-2", "https://board.example.gov/Laws")]
    [InlineData("https://board.example.gov:443", "https://board.example.gov/")]
    [InlineData("http://board.example.gov:8080/a?x=1", "http://board.example.gov:8080/a?x=1")]
    public void Normalize_SpellingsOfOneAddress_AreOne(string url, string expected)
    {
        Assert.Equal(expected, SourceUrls.Normalize(url));
    }

    [Theory]
    [InlineData("ftp://example.gov/file")]
    [InlineData("not a url")]
    [InlineData("")]
    public void Normalize_NotAWebAddress_IsNull(string url)
    {
        Assert.Null(SourceUrls.Normalize(url));
    }

    [Fact]
    public void MarkChecked_LineCitingTheAddress_GetsTheNewDateOthersKeepTheirs()
    {
        const string lines = "https://a.example/x | A | 2026-01-01\nhttps://b.example/y | B | 2026-02-02";

        var marked = SourceUrls.MarkChecked(lines, "https://a.example/x", new DateOnly(2026, 12, 7));

        Assert.Equal("https://a.example/x | A | 2026-12-07\nhttps://b.example/y | B | 2026-02-02", marked);
    }
}
